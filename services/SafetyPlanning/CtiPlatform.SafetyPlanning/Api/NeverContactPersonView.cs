using CtiPlatform.SafetyPlanning.Domain;

namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>A person on her never-contact list: who the person is to her (code and Danish label), names, numbers, and who listed and last changed it.</summary>
public sealed record NeverContactPersonView(
    Guid Id, NeverContactRelation Relation, string RelationLabel, IReadOnlyList<string> Names, IReadOnlyList<string> PhoneNumbers,
    string ListedBy, DateTimeOffset ListedAt, string ChangedBy, DateTimeOffset ChangedAt);
