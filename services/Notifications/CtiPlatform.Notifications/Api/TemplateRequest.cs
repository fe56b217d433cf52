namespace CtiPlatform.Notifications.Api;

/// <summary>An e-mail template: subject and text with placeholders from the safe list.</summary>
public sealed record TemplateRequest(string? Subject, string? Body);
