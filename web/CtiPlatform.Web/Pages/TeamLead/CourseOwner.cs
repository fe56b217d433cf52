namespace CtiPlatform.Web.Pages.TeamLead;

/// <summary>Who a course is assigned to and its stage (course tracking's <c>TrackedCourseView</c>, the fields the hand-over needs).</summary>
public sealed record CourseOwner(Guid Id, string WorkerId, string StageLabel);
