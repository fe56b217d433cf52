namespace CtiPlatform.CourseTracking.Api;

/// <summary>The whole plan as it now stands: it becomes a new version, and the earlier ones are kept.</summary>
public sealed record RevisePlanRequest(IReadOnlyList<FocusAreaInput>? FocusAreas);
