namespace CtiPlatform.Workflows.Domain;

/// <summary>
/// A reminder the course will raise on <see cref="DueDate"/> about <see cref="ReferenceDate"/> (the boundary it
/// warns of). Its key identifies it across timer deliveries, so it is raised once.
/// </summary>
public sealed record PlannedReminder(ReminderKind Kind, DateOnly DueDate, DateOnly ReferenceDate, int? Phase)
{
    public string Key => $"{Kind}:{ReferenceDate:yyyy-MM-dd}";
}
