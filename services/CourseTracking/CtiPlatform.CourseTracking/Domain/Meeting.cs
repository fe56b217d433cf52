using CtiPlatform.Domain;
using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.CourseTracking.Domain;

/// <summary>
/// A meeting the worker planned with her: moved while it is planned, then held, missed or cancelled. Notes are kept
/// as the ciphertext the application layer hands in; the meeting never sees them in clear.
/// </summary>
public sealed class Meeting : ITenantOwned
{
    private Meeting()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid CourseId { get; private set; }

    public MeetingKind Kind { get; private set; }

    /// <summary>When it begins (stored in UTC; shown in Danish local time).</summary>
    public DateTimeOffset StartsAt { get; private set; }

    /// <summary>Planned length, or the length it took once held.</summary>
    public int DurationMinutes { get; private set; }

    public MeetingStatus Status { get; private set; }

    /// <summary>How many times it was moved.</summary>
    public int Moves { get; private set; }

    public string PlannedBy { get; private set; } = "";

    public DateTimeOffset PlannedAt { get; private set; }

    /// <summary>Who recorded it held, missed or cancelled, and when.</summary>
    public string? ConcludedBy { get; private set; }

    public DateTimeOffset? ConcludedAt { get; private set; }

    /// <summary>The notes, encrypted (decision 010); null when there are none.</summary>
    public string? ProtectedNotes { get; private set; }

    public static Outcome<Meeting> Plan(
        Guid id, TrackedCourse course, MeetingKind kind, DateTimeOffset startsAt, int durationMinutes, string actor, DateTimeOffset now)
    {
        if (course.Stage == TrackingStage.Closed)
        {
            return TrackingRefusal.CourseClosed;
        }

        if (startsAt <= now)
        {
            return TrackingRefusal.MeetingInThePast;
        }

        return new Meeting
        {
            Id = id, TenantId = course.TenantId, CourseId = course.Id, Kind = kind, StartsAt = startsAt.ToUniversalTime(), DurationMinutes = durationMinutes,
            Status = MeetingStatus.Planned, PlannedBy = actor, PlannedAt = now,
        };
    }

    /// <summary>Moves a planned meeting to a later-than-now, different time.</summary>
    public Refusal? MoveTo(TrackedCourse course, DateTimeOffset startsAt, DateTimeOffset now)
    {
        if (course.Stage == TrackingStage.Closed)
        {
            return TrackingRefusal.CourseClosed;
        }

        if (Status != MeetingStatus.Planned)
        {
            return TrackingRefusal.MeetingNotPlanned;
        }

        if (startsAt <= now)
        {
            return TrackingRefusal.MeetingInThePast;
        }

        if (startsAt == StartsAt)
        {
            return TrackingRefusal.MeetingAlreadyAtThatTime;
        }

        StartsAt = startsAt.ToUniversalTime();
        Moves++;
        return null;
    }

    /// <summary>Cancels a planned meeting (also done for every planned meeting when the course closes).</summary>
    public Refusal? Cancel(string actor, DateTimeOffset now) => Conclude(MeetingStatus.Cancelled, actor, now, mustHaveBegun: false);

    /// <summary>Records that the meeting took place, with the minutes it took.</summary>
    public Refusal? RecordHeld(int durationMinutes, string actor, DateTimeOffset now)
    {
        var refusal = Conclude(MeetingStatus.Held, actor, now, mustHaveBegun: true);
        if (refusal is null)
        {
            DurationMinutes = durationMinutes;
        }

        return refusal;
    }

    /// <summary>Records that she did not come (or could not be reached).</summary>
    public Refusal? RecordMissed(string actor, DateTimeOffset now) => Conclude(MeetingStatus.Missed, actor, now, mustHaveBegun: true);

    /// <summary>Replaces the notes with <paramref name="protectedNotes"/> (ciphertext), when any are given.</summary>
    public void KeepNotes(string? protectedNotes)
    {
        if (protectedNotes is not null)
        {
            ProtectedNotes = protectedNotes;
        }
    }

    private Refusal? Conclude(MeetingStatus status, string actor, DateTimeOffset now, bool mustHaveBegun)
    {
        if (Status != MeetingStatus.Planned)
        {
            return TrackingRefusal.MeetingNotPlanned;
        }

        if (mustHaveBegun && StartsAt > now)
        {
            return TrackingRefusal.MeetingNotYetDue;
        }

        (Status, ConcludedBy, ConcludedAt) = (status, actor, now);
        return null;
    }
}
