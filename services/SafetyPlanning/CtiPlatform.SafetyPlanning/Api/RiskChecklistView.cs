namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>The risk checklist that applies to the caller's municipality, and how many yes answers make the level medium and high.</summary>
public sealed record RiskChecklistView(IReadOnlyList<RiskItemView> Items, int MediumFrom, int HighFrom);
