using CtiPlatform.Contracts.Courses;

namespace CtiPlatform.Workflows.Api;

/// <summary>Ends a course early; <see cref="Note"/> is required when the reason is <see cref="CourseClosureReason.Other"/>.</summary>
public sealed record EndCourseRequest(CourseClosureReason? Reason, string? Note);
