using System.ComponentModel.DataAnnotations;
using CtiPlatform.Domain;
using CtiPlatform.Notifications.Resources;

namespace CtiPlatform.Notifications;

/// <summary>One municipality's notification settings (docs/decisions/702-delivery-engine.md).</summary>
public sealed class NotificationSettings
{
    /// <summary>The Dapr output binding (an SMTP component) the municipality's e-mails go through.</summary>
    [Required]
    [RegularExpression("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")]
    [SettingLabel(nameof(NotificationTexts.SettingEmailBinding), typeof(NotificationTexts))]
    public string EmailBinding { get; set; } = "smtp";

    /// <summary>The Dapr output binding (a Twilio SMS component with the municipality's own sender) for SMS.</summary>
    [Required]
    [RegularExpression("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")]
    [SettingLabel(nameof(NotificationTexts.SettingSmsBinding), typeof(NotificationTexts))]
    public string SmsBinding { get; set; } = "sms";

    /// <summary>How often one delivery is handed to the sidecar before it is failed; the first attempt counts.</summary>
    [Range(1, 10)]
    [SettingLabel(nameof(NotificationTexts.SettingMaxDeliveryAttempts), typeof(NotificationTexts))]
    public int MaxDeliveryAttempts { get; set; } = 5;

    /// <summary>The wait after the first failed attempt; each further wait doubles.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    [SettingLabel(nameof(NotificationTexts.SettingFirstRetryDelay), typeof(NotificationTexts))]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether a raised risk level pauses SMS to her until her worker records her contact profile again with her
    /// (docs/decisions/709-raised-risk-pauses-sms.md); the default, a municipality may turn it off.
    /// </summary>
    [SettingLabel(nameof(NotificationTexts.SettingPauseSmsOnRaisedRisk), typeof(NotificationTexts))]
    public bool PauseSmsOnRaisedRisk { get; set; } = true;
}
