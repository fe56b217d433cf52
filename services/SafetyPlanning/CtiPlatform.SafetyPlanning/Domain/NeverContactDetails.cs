namespace CtiPlatform.SafetyPlanning.Domain;

/// <summary>What is sealed of a never-contact person: the names (one or more, nicknames too) and the phone numbers known.</summary>
public sealed record NeverContactDetails(IReadOnlyList<string> Names, IReadOnlyList<string> PhoneNumbers);
