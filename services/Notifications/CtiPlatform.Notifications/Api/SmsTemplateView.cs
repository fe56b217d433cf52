namespace CtiPlatform.Notifications.Api;

/// <summary>One neutral SMS wording she can choose, in both languages, with its placeholders unfilled.</summary>
public sealed record SmsTemplateView(string Key, string Danish, string English);
