namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// A closed course's outcome (seed 001). The children's answers are for women with children: day care or school is
/// then required, leisure activities left out when no child is over 7.
/// </summary>
public sealed record RecordOutcomeRequest(
    bool? KeptHome, bool? HasSafetyStrategy, bool? ReadmittedToShelter, bool? ChildrenInDayCareOrSchool, bool? ChildrenInLeisureActivities);
