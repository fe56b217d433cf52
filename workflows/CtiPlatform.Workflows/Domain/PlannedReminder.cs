namespace CtiPlatform.Workflows.Domain;

/// <summary>
/// A reminder the course will raise on <see cref="DueDate"/> about <see cref="ReferenceDate"/> (the boundary it
/// warns of). Its key identifies it across timer deliveries, so it is raised once.
/// </summary>
public sealed record PlannedReminder(ReminderKind Kind, DateOnly DueDate, DateOnly ReferenceDate, int? Phase)
{
    public string Key => $"{Kind}:{ReferenceDate:yyyy-MM-dd}";

    /// <summary>
    /// Whether raising it on <paramref name="today"/> would be pointless because the boundary it warns of has passed
    /// (a late registration): the transition's own event carries the news. The contact period's reminders (too long, the
    /// change compass's starting measurement) stay worth raising for as long as it lasts; a move-in ends their plan.
    /// </summary>
    public bool IsMootOn(DateOnly today) =>
        Kind is not (ReminderKind.ContactPeriodOverdue or ReminderKind.ChangeCompassStartingMeasurement) && ReferenceDate < today;
}
