namespace CtiPlatform.Web.Pages.TeamLead;

/// <summary>Something overdue on a course: what (with its Danish label and, for some kinds, which one) and since when.</summary>
public sealed record BoardDueItem(string KindLabel, DateOnly DueOn, string? ReferenceLabel);
