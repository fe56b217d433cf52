namespace CtiPlatform.Workflows.Domain;

/// <summary>What happened to a course; each occurrence becomes a journal entry and, for most, a published event.</summary>
public enum OccurrenceKind
{
    Approved,
    ExpectedMoveOutChanged,
    ContactPeriodStarted,
    MoveInRegistered,
    PhaseStarted,
    Extended,
    Closed,
    ReminderRaised,
    Reassigned,
    EndsToRegistered,
}
