using CtiPlatform.Domain;
using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.CourseTracking.Domain;

/// <summary>
/// The question seed 001 asks a year after closure: does she still live in her own home? Armed when the course closes,
/// raised by the durable timer on its due date, answered once (decision 511).
/// </summary>
public sealed class OutcomeFollowUp : ITenantOwned
{
    private OutcomeFollowUp()
    {
    }

    public Guid CourseId { get; private set; }

    public string TenantId { get; private set; } = "";

    /// <summary>One year after the closing date.</summary>
    public DateOnly DueOn { get; private set; }

    /// <summary>When the timer fell due; until then nobody is shown the task.</summary>
    public DateTimeOffset? RaisedAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public string? AnsweredBy { get; private set; }

    public bool? StillInOwnHome { get; private set; }

    /// <summary>The follow-up of <paramref name="course"/>, which has closed.</summary>
    public static OutcomeFollowUp Arm(TrackedCourse course, DateOnly closedOn) =>
        new() { CourseId = course.Id, TenantId = course.TenantId, DueOn = DueAfter(closedOn) };

    /// <summary>The follow-up is a year after closure; 29 February closes to 28 February the year after.</summary>
    public static DateOnly DueAfter(DateOnly closedOn) => closedOn.AddYears(1);

    /// <summary>The timer fell due; a redelivered timer changes nothing.</summary>
    public void Raise(DateTimeOffset now) => RaisedAt ??= now;

    /// <summary>Her answer, once, and only once the task is due.</summary>
    public Refusal? Answer(bool stillInOwnHome, string actor, DateTimeOffset now)
    {
        if (RaisedAt is null)
        {
            return TrackingRefusal.FollowUpNotDue;
        }

        if (AnsweredAt is not null)
        {
            return TrackingRefusal.FollowUpAlreadyAnswered;
        }

        (StillInOwnHome, AnsweredBy, AnsweredAt) = (stillInOwnHome, actor, now);
        return null;
    }
}
