namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>Why the person is taken off her never-contact list; required.</summary>
public sealed record RemoveNeverContactPersonRequest(string? Reason);
