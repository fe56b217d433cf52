namespace CtiPlatform.CourseTracking.Domain;

/// <summary>What one closed course contributes to the figures: its current outcome, her well-being change and the follow-up.</summary>
public sealed record CourseOutcomeFacts(CourseOutcome? Outcome, WellBeingChange? WellBeing, OutcomeFollowUp? FollowUp);
