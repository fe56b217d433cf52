namespace CtiPlatform.Web.Pages.Worker;

/// <summary>One version of her safety plan; the sections by their API names (<c>escapeRoute</c>, …), each free text.</summary>
public sealed record SafetyPlan(int Version, DateTimeOffset WrittenAt, string WrittenBy, DateOnly ReviewOn, IReadOnlyDictionary<string, string?> Sections);
