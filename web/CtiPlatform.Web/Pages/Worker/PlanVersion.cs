namespace CtiPlatform.Web.Pages.Worker;

/// <summary>One version of the CTI plan, as it was made: for which phase, when and by whom.</summary>
public sealed record PlanVersion(int Version, int Phase, string PhaseLabel, DateTimeOffset CreatedAt, string CreatedBy, IReadOnlyList<PlanFocusArea> FocusAreas);
