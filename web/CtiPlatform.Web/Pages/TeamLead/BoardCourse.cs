namespace CtiPlatform.Web.Pages.TeamLead;

/// <summary>One open course on the team lead's board (<c>BoardCourseView</c>): ids, labels and dates, no personal data.</summary>
public sealed record BoardCourse(
    Guid Id,
    string WorkerId,
    string StageLabel,
    string? NextTransitionLabel,
    DateOnly? NextTransitionOn,
    IReadOnlyList<BoardDueItem> Overdue,
    IReadOnlyList<BoardFlag> FidelityFlags);
