namespace CtiPlatform.Workflows.Domain;

/// <summary>What a reminder the lifecycle raises is about. Stored by name in the reminder keys of a course.</summary>
public enum ReminderKind
{
    /// <summary>The next phase begins soon: prepare the checklist, tell her the contact will halve.</summary>
    PhaseChange,

    /// <summary>The change compass (<i>forandringskompas</i>) is scored at each three-month boundary.</summary>
    ChangeCompassAssessment,

    /// <summary>
    /// Plan the hand-over when phase 3 begins: the meetings with her network are to be held at the latest one month
    /// before the end (decision 415).
    /// </summary>
    HandOverMeetings,

    /// <summary>The course ends soon.</summary>
    Closure,

    /// <summary>The contact period has lasted longer than the municipality allows without a move-in; for the team lead.</summary>
    ContactPeriodOverdue,

    /// <summary>The change compass's starting measurement is due in the contact period (seed 001, decision 415).</summary>
    ChangeCompassStartingMeasurement,
}
