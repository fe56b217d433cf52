namespace CtiPlatform.Web.Pages.Worker;

/// <summary>One recording of a closed course's outcome and who recorded it when.</summary>
public sealed record OutcomeVersion(
    int Version, bool KeptHome, bool HasSafetyStrategy, bool ReadmittedToShelter, bool? ChildrenInDayCareOrSchool, bool? ChildrenInLeisureActivities,
    DateTimeOffset RecordedAt, string RecordedBy);
