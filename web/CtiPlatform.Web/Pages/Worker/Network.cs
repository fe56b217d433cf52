namespace CtiPlatform.Web.Pages.Worker;

/// <summary>Her network overview; persons she has not consented to share are only counted for a reader who may not see them.</summary>
public sealed record Network(IReadOnlyList<NetworkPerson> Persons, int NotConsentedCount);
