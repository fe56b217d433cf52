namespace CtiPlatform.Notifications.Domain;

/// <summary>
/// Why an SMS to her was withdrawn or never sent, as the code its delivery keeps; the Danish label is in
/// Resources/NotificationTexts.resx under <c>SmsReason_</c> and the code.
/// </summary>
public static class SmsCancelReason
{
    /// <summary>Her safe hours leave no time on the day before the meeting (decision 708).</summary>
    public const string NoSafeTime = "no-safe-time";

    public const string MeetingMoved = "meeting-moved";

    public const string MeetingCancelled = "meeting-cancelled";

    public const string CourseClosed = "course-closed";

    /// <summary>All contact with her was stopped in safety planning when it was due.</summary>
    public const string ContactStopped = "contact-stopped";

    /// <summary>Her risk level was raised and messages to her are paused (decision 709).</summary>
    public const string Paused = "paused";

    /// <summary>Her profile changed or she withdrew her consent: it was written for terms she no longer has.</summary>
    public const string ProfileChanged = "profile-changed";

    /// <summary>Her number matches a person on her never-contact list (decision 710).</summary>
    public const string NeverContact = "never-contact";
}
