using CtiPlatform.Contracts.Courses;

namespace CtiPlatform.Workflows.Api;

/// <summary>
/// A team lead extends phase 3 by whole months (a reported deviation): a reason category, and a note, required when
/// the category is <see cref="ExtensionReason.Other"/>.
/// </summary>
public sealed record ExtendCourseRequest(int? Months, ExtensionReason? Category, string? Reason);
