using CtiPlatform.Domain;
using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.Notifications.Domain;

/// <summary>
/// How she has said SMS may reach her, recorded by her worker with her (docs/decisions/706-contact-profile.md): when she
/// consented and who recorded it, her number (only as ciphertext) confirmed with her, the hours of the day in Danish local
/// time when a message is safe (a window that may cross midnight), a neutral sender name, the wording and its language.
/// Without a profile no SMS goes to her.
/// </summary>
public sealed class ContactProfile : ITenantOwned
{
    /// <summary>Twilio shows an alphanumeric sender of at most eleven letters, digits and spaces.</summary>
    public const int MaxSenderNameLength = 11;

    /// <summary>
    /// Words that would tell a reader of her phone where the message comes from or what it is about; our own list
    /// (decision 707), compared case-insensitively as parts of the sender name.
    /// </summary>
    public static readonly IReadOnlyList<string> RevealingWords =
        ["krise", "kommune", "cti", "danner", "politi", "center", "shelter", "social", "vold", "kvinde", "sag", "borger", "municipal"];

    private ContactProfile()
    {
    }

    public Guid CourseId { get; private set; }

    public string TenantId { get; private set; } = "";

    public DateTimeOffset ConsentGivenAt { get; private set; }

    public string ConsentRecordedBy { get; private set; } = "";

    public string ProtectedNumber { get; private set; } = "";

    public DateTimeOffset NumberConfirmedAt { get; private set; }

    public TimeOnly SafeFrom { get; private set; }

    public TimeOnly SafeUntil { get; private set; }

    public string SenderName { get; private set; } = "";

    public string Template { get; private set; } = "";

    public string Language { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; } = "";

    /// <summary>Whether her safe hours run over midnight, e.g. 21:00–07:00.</summary>
    public bool CrossesMidnight => SafeUntil < SafeFrom;

    /// <summary>A first profile for the course; refused as <see cref="Change"/> would be.</summary>
    public static Outcome<ContactProfile> Record(Guid courseId, string tenantId, ContactTerms terms, string protectedNumber, string by, DateTimeOffset now)
    {
        var profile = new ContactProfile { CourseId = courseId, TenantId = tenantId };
        return profile.Change(terms, protectedNumber, by, now) is { } refusal ? refusal : profile;
    }

    /// <summary>
    /// Records her terms anew. Consent is recorded by whoever records a new consent time; the number counts as confirmed
    /// from now, since it was confirmed with her as it was recorded.
    /// </summary>
    public Refusal? Change(ContactTerms terms, string protectedNumber, string by, DateTimeOffset now)
    {
        if (Check(terms, now) is { } refusal)
        {
            return refusal;
        }

        if (ConsentRecordedBy.Length == 0 || ConsentGivenAt != terms.ConsentGivenAt)
        {
            ConsentGivenAt = terms.ConsentGivenAt;
            ConsentRecordedBy = by;
        }

        ProtectedNumber = protectedNumber;
        NumberConfirmedAt = now;
        SafeFrom = terms.SafeFrom;
        SafeUntil = terms.SafeUntil;
        SenderName = terms.SenderName;
        Template = terms.Template;
        Language = terms.Language;
        UpdatedAt = now;
        UpdatedBy = by;
        return null;
    }

    private static Refusal? Check(ContactTerms terms, DateTimeOffset now)
    {
        if (terms.ConsentGivenAt > now)
        {
            return NotificationRefusal.ConsentInFuture;
        }

        if (!terms.NumberConfirmed)
        {
            return NotificationRefusal.NumberNotConfirmed;
        }

        if (terms.SafeFrom == terms.SafeUntil)
        {
            return NotificationRefusal.EmptySafeWindow;
        }

        if (RevealingWords.Any(word => terms.SenderName.Contains(word, StringComparison.OrdinalIgnoreCase)))
        {
            return NotificationRefusal.SenderNameNotNeutral;
        }

        if (!SmsTemplate.Keys.Contains(terms.Template))
        {
            return NotificationRefusal.UnknownSmsTemplate;
        }

        return SmsLanguage.Codes.Contains(terms.Language) ? null : NotificationRefusal.UnknownSmsLanguage;
    }
}
