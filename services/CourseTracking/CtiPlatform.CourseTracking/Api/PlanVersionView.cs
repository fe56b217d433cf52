namespace CtiPlatform.CourseTracking.Api;

/// <summary>One version of the CTI plan, as it was made.</summary>
public sealed record PlanVersionView(int Version, int Phase, string PhaseLabel, DateTimeOffset CreatedAt, string CreatedBy, IReadOnlyList<FocusAreaView> FocusAreas);
