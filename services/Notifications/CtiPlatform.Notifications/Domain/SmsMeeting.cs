using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.Notifications.Domain;

/// <summary>
/// A meeting with her as course tracking announced it: ids and when it begins, nothing else (decision 502). Kept so that
/// her reminders can be planned again when her profile, a stop or a pause changes. Course tracking's events may arrive in
/// any order (decision 714): a cancellation is final, and of two moves the one with more <see cref="Moves"/> is the later.
/// </summary>
public sealed class SmsMeeting : ITenantOwned
{
    private SmsMeeting()
    {
    }

    public Guid MeetingId { get; private set; }

    public Guid CourseId { get; private set; }

    public string TenantId { get; private set; } = "";

    public DateTimeOffset StartsAt { get; private set; }

    public bool Cancelled { get; private set; }

    /// <summary>How many times course tracking had moved it when the time in <see cref="StartsAt"/> was announced.</summary>
    public int Moves { get; private set; }

    public static SmsMeeting Plan(Guid meetingId, Guid courseId, string tenantId, DateTimeOffset startsAt, int moves = 0) =>
        new() { MeetingId = meetingId, CourseId = courseId, TenantId = tenantId, StartsAt = startsAt.ToUniversalTime(), Moves = moves };

    /// <summary>
    /// Takes the time of its <paramref name="moves"/>th move, unless it is cancelled or a move as late or later is known
    /// (a redelivery, or one overtaken). A move that carries no count (0, published before it was carried) is taken in
    /// the order it arrives. Returns whether the time was taken.
    /// </summary>
    public bool Move(DateTimeOffset startsAt, int moves)
    {
        if (Cancelled || (moves > 0 && moves <= Moves))
        {
            return false;
        }

        StartsAt = startsAt.ToUniversalTime();
        Moves = Math.Max(Moves, moves);
        return true;
    }

    public void Cancel() => Cancelled = true;
}
