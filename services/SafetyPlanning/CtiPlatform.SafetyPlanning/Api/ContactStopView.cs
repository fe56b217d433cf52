namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>A stop of all contact with her: who stopped it and when, and once lifted who lifted it and when (the reason stays sealed).</summary>
public sealed record ContactStopView(Guid Id, DateTimeOffset StoppedAt, string StoppedBy, DateTimeOffset? LiftedAt, string? LiftedBy);
