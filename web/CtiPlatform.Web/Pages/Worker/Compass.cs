namespace CtiPlatform.Web.Pages.Worker;

/// <summary>The change compass: every scoring in the course's order, and the measurements due.</summary>
public sealed record Compass(IReadOnlyList<CompassAssessment> Assessments, IReadOnlyList<CompassDue> Due);
