namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// A course's outcome: the current version (null until recorded) and every version newest first, her well-being change
/// (null until she has scored the compass at the start and later) and the follow-up a year on (null until the course closed).
/// </summary>
public sealed record OutcomeView(
    Guid CourseId, bool HasChildren, OutcomeVersionView? Current, IReadOnlyList<OutcomeVersionView> Versions, WellBeingView? WellBeing, FollowUpView? FollowUp);
