namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>One item of the risk checklist, in the caller's language.</summary>
public sealed record RiskItemView(string Key, string Text);
