using CtiPlatform.Web.Resources;

namespace CtiPlatform.Web.Pages.Worker;

/// <summary>The sections of a course's page, in the order the navigation lists them after the overview.</summary>
public static class CourseSections
{
    public static readonly IReadOnlyList<CourseSection> All =
    [
        new("safety", () => CourseSafetyTexts.SectionSafety),
        new("hand-over", () => CourseSafetyTexts.SectionHandOver),
        new("outcome", () => CourseSafetyTexts.SectionOutcome),
        new("commands", () => CourseSafetyTexts.SectionCommands),
    ];
}
