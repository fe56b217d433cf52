namespace CtiPlatform.Notifications.Domain;

/// <summary>
/// A reminder raised by another service, as this one keeps it: the course's id, never anything about her.
/// <see cref="Date"/> is the reminder's key date (the phase change, the boundary, the deadline), <see cref="Phase"/> the phase it names.
/// </summary>
public sealed record Reminder(ReminderKind Kind, Guid CourseId, string WorkerId, DateOnly Date, int? Phase = null)
{
    /// <summary>An exceeded contact period is the team lead's to act on (the workflow's own rule), not the worker's.</summary>
    public bool ForTeamLead => Kind == ReminderKind.ContactPeriodExceeded;
}
