namespace CtiPlatform.CourseTracking.Api;

/// <summary>The municipality's running courses: the summary, and one per worker (by worker id).</summary>
public sealed record MunicipalityFidelityView(FidelitySummaryView Summary, IReadOnlyList<WorkerFidelitySummaryView> Workers);
