using CtiPlatform.Domain;
using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.Notifications.Domain;

/// <summary>
/// How one worker or team lead wants her reminders beyond the in-app inbox: by e-mail or not, at the address she
/// records herself (kept encrypted), each reminder at once or all in one daily digest at <see cref="DigestAt"/>
/// (Danish local time, decision 712). <see cref="IsTeamLead"/> is taken from her token when she saves, so the team
/// leads' reminders reach the team leads who asked for e-mail.
/// </summary>
public sealed class WorkerPreference : ITenantOwned
{
    private WorkerPreference()
    {
    }

    public string TenantId { get; private set; } = "";

    public string WorkerId { get; private set; } = "";

    public bool EmailWanted { get; private set; }

    public string? ProtectedEmail { get; private set; }

    public bool IsTeamLead { get; private set; }

    /// <summary>When her daily digest goes, Danish local time; null for one e-mail per reminder.</summary>
    public TimeOnly? DigestAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static WorkerPreference Empty(string tenantId, string workerId) => new() { TenantId = tenantId, WorkerId = workerId };

    /// <summary>Records her choice; e-mail without an address is refused.</summary>
    public Refusal? Record(bool emailWanted, string? protectedEmail, TimeOnly? digestAt, bool isTeamLead, DateTimeOffset now)
    {
        if (emailWanted && protectedEmail is null)
        {
            return NotificationRefusal.EmailAddressMissing;
        }

        EmailWanted = emailWanted;
        ProtectedEmail = protectedEmail;
        DigestAt = digestAt;
        IsTeamLead = isTeamLead;
        UpdatedAt = now;
        return null;
    }
}
