namespace CtiPlatform.Web.Pages.Worker;

/// <summary>One thing due on a course: what (code and label), which one (a compass occasion's or checklist's label), and on which Danish date.</summary>
public sealed record DueItem(Guid CourseId, string Kind, string KindLabel, DateOnly DueOn, string? ReferenceLabel)
{
    /// <summary>The course section where the worker does it; the overview for what has no section of its own.</summary>
    public string Section => Kind switch
    {
        "Meeting" => "/Worker/CourseMeetings",
        "CompassMeasurement" => "/Worker/CourseCompass",
        "Checklist" => "/Worker/CourseChecklists",
        _ => "/Worker/Course",
    };
}
