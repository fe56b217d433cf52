namespace CtiPlatform.Notifications.Api;

public sealed record TemplateView(string Kind, string Title, string Subject, string Body, bool IsDefault);
