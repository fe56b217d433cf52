using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.Notifications.Domain;

/// <summary>
/// One reminder in the in-app inbox, for one worker (<see cref="RecipientId"/>) or for every team lead of the municipality
/// (<see cref="RecipientRole"/>). Whether a reader has read it is an <see cref="InboxRead"/> of hers, so one team lead's
/// reading does not mark it read for another.
/// </summary>
public sealed class InboxEntry : ITenantOwned
{
    private InboxEntry()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public string? RecipientId { get; private set; }

    public string? RecipientRole { get; private set; }

    public Guid CourseId { get; private set; }

    public ReminderKind Kind { get; private set; }

    public DateOnly Date { get; private set; }

    public int? Phase { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The entry <paramref name="reminder"/> makes: to the team leads' role, or to the course's worker.</summary>
    public static InboxEntry For(Guid id, string tenantId, Reminder reminder, string teamLeadRole, DateTimeOffset now) => new()
    {
        Id = id,
        TenantId = tenantId,
        RecipientId = reminder.ForTeamLead ? null : reminder.WorkerId,
        RecipientRole = reminder.ForTeamLead ? teamLeadRole : null,
        CourseId = reminder.CourseId,
        Kind = reminder.Kind,
        Date = reminder.Date,
        Phase = reminder.Phase,
        CreatedAt = now,
    };

    /// <summary>The reminder this entry holds, to word it.</summary>
    public Reminder Reminder => new(Kind, CourseId, RecipientId ?? "", Date, Phase);
}
