namespace CtiPlatform.CourseTracking.Domain;

/// <summary>
/// What the worker answers at closure (seed 001's goals): she kept her home, has a safety strategy against the
/// perpetrator, was readmitted to a shelter; for women with children, whether they are in day care or school and in
/// leisure activities (null for leisure when no child is old enough — the seed asks it for children over 7).
/// </summary>
public sealed record OutcomeAnswers(
    bool KeptHome, bool HasSafetyStrategy, bool ReadmittedToShelter, bool? ChildrenInDayCareOrSchool, bool? ChildrenInLeisureActivities);
