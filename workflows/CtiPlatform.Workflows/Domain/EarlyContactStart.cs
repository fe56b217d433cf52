namespace CtiPlatform.Workflows.Domain;

/// <summary>
/// The worker started the contact period before its start window, with a reason (decision 416). The reason is free text
/// that may describe her: stored on the course only, never in the journal's detail or a message.
/// </summary>
/// <param name="BeforeMethodWindow">Whether it started more than the method's four weeks before her expected move-out (seed 002).</param>
public sealed record EarlyContactStart(string Reason, DateOnly StartedOn, string ActorId, bool BeforeMethodWindow);
