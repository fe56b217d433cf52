using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.Referrals.Domain;

/// <summary>
/// A meeting the committee set apart from its rhythm: an extra meeting, or a rhythm meeting moved to another day
/// (<see cref="MovedFrom"/> is the rhythm date it replaces). Moving it again changes its date, not where it came from.
/// </summary>
public sealed class CommitteeMeeting : ITenantOwned
{
    private CommitteeMeeting()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public DateOnly MeetingDate { get; private set; }

    /// <summary>The rhythm meeting this one replaces, or null for an extra meeting.</summary>
    public DateOnly? MovedFrom { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public static CommitteeMeeting Extra(string tenantId, DateOnly meetingDate, string recordedBy, DateTimeOffset at) =>
        new() { Id = Guid.NewGuid(), TenantId = tenantId, MeetingDate = meetingDate, RecordedBy = recordedBy, RecordedAt = at };

    public static CommitteeMeeting Moved(string tenantId, DateOnly from, DateOnly meetingDate, string recordedBy, DateTimeOffset at) =>
        new() { Id = Guid.NewGuid(), TenantId = tenantId, MeetingDate = meetingDate, MovedFrom = from, RecordedBy = recordedBy, RecordedAt = at };

    public void MoveTo(DateOnly meetingDate, string recordedBy, DateTimeOffset at)
    {
        MeetingDate = meetingDate;
        RecordedBy = recordedBy;
        RecordedAt = at;
    }
}
