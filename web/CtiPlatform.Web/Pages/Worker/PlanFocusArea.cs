namespace CtiPlatform.Web.Pages.Worker;

/// <summary>A focus area of the CTI plan: its theme, goals, activities and status, codes with Danish labels.</summary>
public sealed record PlanFocusArea(string Theme, string ThemeLabel, IReadOnlyList<string> Goals, IReadOnlyList<PlanActivity> Activities, string Status, string StatusLabel);
