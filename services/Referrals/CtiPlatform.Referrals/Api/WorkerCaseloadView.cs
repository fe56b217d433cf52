namespace CtiPlatform.Referrals.Api;

/// <summary>A worker's active courses, their weighted load and the tenant's limit.</summary>
public sealed record WorkerCaseloadView(string WorkerId, int ActiveCourses, int PhaseOneCourses, decimal WeightedLoad, decimal Limit, bool OverLimit);
