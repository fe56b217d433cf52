namespace CtiPlatform.Workflows.Api;

/// <summary>Why the worker starts the contact period before its start window (decision 416).</summary>
public sealed record StartContactPeriodRequest(string? Reason);
