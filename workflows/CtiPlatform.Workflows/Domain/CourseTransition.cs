namespace CtiPlatform.Workflows.Domain;

/// <summary>A change of stage the calendar makes on its own, at a course's next transition date.</summary>
public enum CourseTransition
{
    ContactPeriodStarts,
    Phase2Starts,
    Phase3Starts,
    CourseCompletes,
}
