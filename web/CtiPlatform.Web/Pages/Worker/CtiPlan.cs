namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// <c>GET /api/tracking/courses/{id}/plan</c>: every version, newest first, and whether the course has entered a phase
/// the latest version was not made for.
/// </summary>
public sealed record CtiPlan(bool HasChildren, int? CurrentPhase, bool RevisionDue, IReadOnlyList<PlanVersion> Versions);
