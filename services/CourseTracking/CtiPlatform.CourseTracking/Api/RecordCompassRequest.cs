using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>Her or her worker's scoring of all ten dimensions for one occasion (today when no date is given).</summary>
public sealed record RecordCompassRequest(CompassOccasion? Occasion, CompassRespondent? Respondent, DateOnly? AssessedOn, IReadOnlyList<CompassScoreInput>? Scores);
