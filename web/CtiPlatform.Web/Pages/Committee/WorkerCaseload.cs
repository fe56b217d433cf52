namespace CtiPlatform.Web.Pages.Committee;

/// <summary>A worker's weighted caseload against the municipality's limit (<c>GET /api/referrals/caseload</c>, decision 025).</summary>
public sealed record WorkerCaseload(string WorkerId, int ActiveCourses, int PhaseOneCourses, decimal WeightedLoad, decimal Limit, bool OverLimit);
