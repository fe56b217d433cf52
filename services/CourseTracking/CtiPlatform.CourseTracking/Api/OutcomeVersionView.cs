namespace CtiPlatform.CourseTracking.Api;

/// <summary>One version of a closed course's outcome, as the worker or team lead recorded it.</summary>
public sealed record OutcomeVersionView(
    int Version, bool KeptHome, bool HasSafetyStrategy, bool ReadmittedToShelter, bool? ChildrenInDayCareOrSchool, bool? ChildrenInLeisureActivities,
    DateTimeOffset RecordedAt, string RecordedBy);
