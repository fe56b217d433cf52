namespace CtiPlatform.CourseTracking.Domain;

/// <summary>When a course passes each of the method's four transitions, as far as its lifecycle dates tell.</summary>
public static class Transitions
{
    /// <summary>
    /// The date the course passed <paramref name="transition"/>, or the planned date while it is ahead; null while no
    /// date is known (the contact period ends with a move-in nobody can plan).
    /// </summary>
    public static DateOnly? DateOf(this TrackedCourse course, ChecklistTransition transition) => transition switch
    {
        ChecklistTransition.ContactPeriodEnd => course.Phase1StartDate ?? course.MoveInDate,
        ChecklistTransition.IntoPhase2 => course.Phase2StartDate ?? course.Phase1PlannedEndDate,
        ChecklistTransition.IntoPhase3 => course.Phase3StartDate ?? course.Phase2PlannedEndDate,
        ChecklistTransition.Closure => course.ClosedOn ?? course.Phase3PlannedEndDate,
        _ => throw new ArgumentOutOfRangeException(nameof(transition), transition, "The method has four transitions."),
    };

    /// <summary>The transition the course is heading for from its stage; null once it is closed.</summary>
    public static ChecklistTransition? Next(this TrackedCourse course) => course.Stage switch
    {
        TrackingStage.Approved or TrackingStage.ContactPeriod => ChecklistTransition.ContactPeriodEnd,
        TrackingStage.Phase1 => ChecklistTransition.IntoPhase2,
        TrackingStage.Phase2 => ChecklistTransition.IntoPhase3,
        TrackingStage.Phase3 => ChecklistTransition.Closure,
        _ => null,
    };
}
