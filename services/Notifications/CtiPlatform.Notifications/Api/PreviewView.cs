namespace CtiPlatform.Notifications.Api;

/// <summary>The e-mail a template gives for a sample reminder.</summary>
public sealed record PreviewView(string Subject, string Body);
