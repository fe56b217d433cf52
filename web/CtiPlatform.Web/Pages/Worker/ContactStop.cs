namespace CtiPlatform.Web.Pages.Worker;

/// <summary>A stop of all contact with her: who stopped it and when.</summary>
public sealed record ContactStop(DateTimeOffset StoppedAt, string StoppedBy, DateTimeOffset? LiftedAt, string? LiftedBy);
