namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// The sections of a course, each its own page under <c>/worker/courses/{id}/…</c> (decision 813), in the order the
/// section navigation lists them. The labels are read when the page is drawn, so they follow the request's language.
/// </summary>
public static class CourseSections
{
    public static readonly IReadOnlyList<CourseSection> All =
    [
        new("/Worker/Course", () => CourseWorkTexts.SectionOverview),
        new("/Worker/CoursePlan", () => CourseWorkTexts.SectionPlan),
        new("/Worker/CourseChecklists", () => CourseWorkTexts.SectionChecklists),
        new("/Worker/CourseMeetings", () => CourseWorkTexts.SectionMeetings),
        new("/Worker/CourseNetwork", () => CourseWorkTexts.SectionNetwork),
        new("/Worker/CourseCompass", () => CourseWorkTexts.SectionCompass),
        new("/Worker/CourseSafety", () => CourseSafetyTexts.SectionSafety),
        new("/Worker/CourseHandOver", () => CourseSafetyTexts.SectionHandOver),
        new("/Worker/CourseOutcomePage", () => CourseSafetyTexts.SectionOutcome),
        new("/Worker/CourseCommands", () => CourseSafetyTexts.SectionCommands),
    ];
}
