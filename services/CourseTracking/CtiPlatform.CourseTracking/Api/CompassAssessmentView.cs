using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>One scoring, its scores in the compass's order of dimensions.</summary>
public sealed record CompassAssessmentView(
    CompassOccasion Occasion, string OccasionLabel, CompassRespondent Respondent, string RespondentLabel, DateOnly AssessedOn,
    DateTimeOffset RecordedAt, string RecordedBy, IReadOnlyList<CompassScoreView> Scores);
