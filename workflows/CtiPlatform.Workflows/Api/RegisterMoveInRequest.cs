namespace CtiPlatform.Workflows.Api;

/// <summary>Her actual move-in date (a Danish local date; may be in the past).</summary>
public sealed record RegisterMoveInRequest(DateOnly? MoveInDate);
