using CtiPlatform.SafetyPlanning.Domain;

namespace CtiPlatform.SafetyPlanning.Application;

/// <summary>A never-contact person with the names and numbers unsealed for the reader.</summary>
internal sealed record ReadNeverContactPerson(NeverContactPerson Person, NeverContactDetails Details);
