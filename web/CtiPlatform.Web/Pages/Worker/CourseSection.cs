namespace CtiPlatform.Web.Pages.Worker;

/// <summary>One section of a course's pages: the Razor page it is (<c>/Worker/CourseMeetings</c>) and its label in the user's language.</summary>
public sealed record CourseSection(string Page, Func<string> Label);
