using CtiPlatform.Contracts.Courses;

namespace CtiPlatform.Workflows.Api;

/// <summary>
/// Ends a course early: why (<see cref="Reason"/>) and, separately, what it ends to (<see cref="EndsTo"/>).
/// <see cref="Note"/> is required when either is "other". <see cref="EndedOn"/> is the date it actually ended (today when
/// left out); it may lie in the past, not before the course began.
/// </summary>
public sealed record EndCourseRequest(CourseClosureReason? Reason, CourseEndsTo? EndsTo, string? Note, DateOnly? EndedOn = null);
