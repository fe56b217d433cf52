using CtiPlatform.Domain;
using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.CourseTracking.Domain;

/// <summary>A checklist item ticked for a course: on which Danish date, and by whom. Unticking removes it.</summary>
public sealed class ChecklistTick : ITenantOwned
{
    private ChecklistTick()
    {
    }

    public string TenantId { get; private set; } = "";

    public Guid CourseId { get; private set; }

    public ChecklistTransition Transition { get; private set; }

    public string ItemKey { get; private set; } = "";

    public DateOnly TickedOn { get; private set; }

    public string TickedBy { get; private set; } = "";

    /// <summary>Ticks <paramref name="item"/> for <paramref name="course"/> on <paramref name="tickedOn"/>, which cannot lie after today.</summary>
    public static Outcome<ChecklistTick> Tick(TrackedCourse course, ChecklistItem item, DateOnly tickedOn, string actor, DateOnly today) =>
        tickedOn > today
            ? TrackingRefusal.TickInTheFuture
            : new ChecklistTick { TenantId = course.TenantId, CourseId = course.Id, Transition = item.Transition, ItemKey = item.Key, TickedOn = tickedOn, TickedBy = actor };

    /// <summary>Ticks it again, on another date or by another person.</summary>
    public Refusal? Retick(DateOnly tickedOn, string actor, DateOnly today)
    {
        if (tickedOn > today)
        {
            return TrackingRefusal.TickInTheFuture;
        }

        (TickedOn, TickedBy) = (tickedOn, actor);
        return null;
    }
}
