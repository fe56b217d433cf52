namespace CtiPlatform.Web.Pages.Worker;

/// <summary>One section of a course's page: the last segment of its address under the course, and its label.</summary>
public sealed record CourseSection(string Page, Func<string> Label);
