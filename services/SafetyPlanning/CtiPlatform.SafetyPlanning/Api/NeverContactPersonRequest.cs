using CtiPlatform.SafetyPlanning.Domain;

namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>A never-contact person, whole: who the person is to her, the names (nicknames too) and the phone numbers known.</summary>
public sealed record NeverContactPersonRequest(NeverContactRelation? Relation, string[]? Names, string[]? PhoneNumbers);
