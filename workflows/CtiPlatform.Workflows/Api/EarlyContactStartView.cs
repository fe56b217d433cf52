namespace CtiPlatform.Workflows.Api;

/// <summary>A contact period the worker started before its window: why, when and by whom (decision 416).</summary>
public sealed record EarlyContactStartView(string Reason, DateOnly StartedOn, string StartedBy, bool BeforeMethodWindow);
