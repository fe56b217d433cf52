using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>How many courses have at least one flag of <see cref="Code"/>.</summary>
public sealed record FlagCountView(FidelityCode Code, string Label, int Courses);
