using CtiPlatform.Contracts.Courses;

namespace CtiPlatform.Workflows.Api;

/// <summary>An extension of phase 3: its category (null only for extensions decided before categories), note and who decided.</summary>
public sealed record ExtensionView(int Months, ExtensionReason? Category, string? CategoryLabel, string? Reason, DateOnly DecidedOn, string DecidedBy);
