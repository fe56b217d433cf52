namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// A course's CTI plan: every version, newest first. <see cref="RevisionDue"/> says the course has entered a phase the
/// latest version was not made for (the method revises the plan at each phase shift); reported, never enforced.
/// </summary>
public sealed record PlansView(Guid CourseId, bool HasChildren, int? CurrentPhase, bool RevisionDue, IReadOnlyList<PlanVersionView> Versions);
