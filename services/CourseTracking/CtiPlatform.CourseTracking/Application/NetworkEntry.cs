using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>One network person with the details decrypted.</summary>
internal sealed record NetworkEntry(NetworkPerson Person, NetworkDetails Details);
