namespace CtiPlatform.CourseTracking.Api;

public sealed record WorkerFidelitySummaryView(string WorkerId, FidelitySummaryView Summary);
