namespace CtiPlatform.CourseTracking.Domain;

/// <summary>What is recorded in a course that live fidelity judges, none of it decrypted.</summary>
/// <param name="PlannedPhases">The phases a CTI plan version was made for.</param>
/// <param name="Scored">Each compass occasion and who has scored it.</param>
/// <param name="Checklists">Each transition's checklist progress.</param>
/// <param name="HandOverMeetings">The hand-over meetings' dates; null while there is no hand-over plan.</param>
/// <param name="DocumentedPhases">The phases documented at least once.</param>
/// <param name="Intensity">The contact per period (<see cref="ContactIntensity.Of"/>).</param>
public sealed record FidelityFacts(
    IReadOnlySet<int> PlannedPhases,
    IReadOnlySet<(CompassOccasion Occasion, CompassRespondent Respondent)> Scored,
    IReadOnlyDictionary<ChecklistTransition, ChecklistProgress> Checklists,
    IReadOnlyList<DateOnly>? HandOverMeetings,
    IReadOnlySet<int> DocumentedPhases,
    IReadOnlyList<IntensityPeriod> Intensity);
