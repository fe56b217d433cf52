namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>Why messages to her may be sent again; required.</summary>
public sealed record LiftContactStopRequest(string? Reason);
