namespace CtiPlatform.CourseTracking.Api;

/// <summary>One version of a phase's documentation, as it was written, with the plan version it documents.</summary>
public sealed record PhaseDocumentView(
    int Phase, string PhaseLabel, int Version, int PlanVersion, DateTimeOffset WrittenAt, string WrittenBy, IReadOnlyList<FocusAreaStatusView> Statuses);
