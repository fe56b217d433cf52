namespace CtiPlatform.Notifications.Domain;

/// <summary>The languages an SMS to her can be written in, as the two-letter codes the API takes.</summary>
public static class SmsLanguage
{
    public const string Danish = "da";

    public const string English = "en";

    public static readonly IReadOnlyList<string> Codes = [Danish, English];
}
