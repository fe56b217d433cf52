using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>A closed course's outcome as read: every version newest first, her well-being change and the follow-up a year on.</summary>
internal sealed record OutcomeRecord(TrackedCourse Course, IReadOnlyList<CourseOutcome> Versions, WellBeingChange? WellBeing, OutcomeFollowUp? FollowUp);
