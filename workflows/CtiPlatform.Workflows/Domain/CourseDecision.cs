using CtiPlatform.Domain;

namespace CtiPlatform.Workflows.Domain;

/// <summary>The outcome of a command on a course: the new course and what happened, or a refusal that changes nothing.</summary>
public sealed record CourseDecision
{
    private CourseDecision(Course course, IReadOnlyList<CourseOccurrence> occurrences, Refusal? refusal)
    {
        Course = course;
        Occurrences = occurrences;
        Refusal = refusal;
    }

    /// <summary>The course after the command; the unchanged course when refused.</summary>
    public Course Course { get; }

    public IReadOnlyList<CourseOccurrence> Occurrences { get; }

    public Refusal? Refusal { get; }

    public bool IsRefused => Refusal is not null;

    public static CourseDecision Accepted(Course course, IReadOnlyList<CourseOccurrence> occurrences) => new(course, occurrences, null);

    public static CourseDecision Refused(Course course, Refusal refusal) => new(course, [], refusal);
}
