namespace CtiPlatform.Workflows.Api;

/// <summary>Extends phase 3 by whole months; the reason is required because the extension is a reported deviation.</summary>
public sealed record ExtendCourseRequest(int? Months, string? Reason);
