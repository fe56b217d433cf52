using System.Text.RegularExpressions;
using CtiPlatform.Domain;
using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.Notifications.Domain;

/// <summary>
/// A municipality's own wording of one kind of reminder e-mail, replacing the shipped Danish default. Its
/// placeholders are limited to <see cref="SafeVariables"/>, which name nothing about her (decision 705).
/// </summary>
public sealed partial class EmailTemplate : ITenantOwned
{
    /// <summary>What a template may name: the reminder's title, key date, phase and course id.</summary>
    public static readonly IReadOnlySet<string> SafeVariables = new HashSet<string>(StringComparer.Ordinal) { "title", "date", "phase", "course" };

    private EmailTemplate()
    {
    }

    public string TenantId { get; private set; } = "";

    public ReminderKind Kind { get; private set; }

    public string Subject { get; private set; } = "";

    public string Body { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; } = "";

    /// <summary>The refusal for a subject or text naming anything outside <see cref="SafeVariables"/>, or null.</summary>
    public static Refusal? Check(string subject, string body) =>
        Unsafe(subject) ? NotificationRefusal.UnsafeTemplateVariableInSubject
        : Unsafe(body) ? NotificationRefusal.UnsafeTemplateVariableInBody
        : null;

    public static Outcome<EmailTemplate> Write(string tenantId, ReminderKind kind, string subject, string body, string by, DateTimeOffset now) =>
        Check(subject, body) is { } refusal ? refusal : new EmailTemplate { TenantId = tenantId, Kind = kind, Subject = subject, Body = body, UpdatedAt = now, UpdatedBy = by };

    /// <summary>Replaces the wording; refused as <see cref="Write"/> is.</summary>
    public Refusal? Rewrite(string subject, string body, string by, DateTimeOffset now)
    {
        if (Check(subject, body) is { } refusal)
        {
            return refusal;
        }

        (Subject, Body, UpdatedBy, UpdatedAt) = (subject, body, by, now);
        return null;
    }

    /// <summary>Fills the placeholders of <paramref name="template"/> with <paramref name="values"/> (safe names only).</summary>
    public static string Render(string template, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    // Any brace pair counts as a placeholder, so "{ navn }" or "{Navn}" is refused rather than sent as written.
    private static bool Unsafe(string text) =>
        AnyBraces().Matches(text).Any(m => !SafeVariables.Contains(m.Groups[1].Value)) || text.Count(c => c == '{') != AnyBraces().Count(text);

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex AnyBraces();
}
