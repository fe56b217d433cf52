namespace CtiPlatform.CourseTracking.Api;

/// <summary>The documentation of <see cref="Phase"/> (1-3): a status for each focus area of its CTI plan.</summary>
public sealed record WritePhaseDocumentRequest(int? Phase, IReadOnlyList<FocusAreaStatusInput>? Statuses);
