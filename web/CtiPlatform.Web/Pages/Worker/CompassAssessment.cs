namespace CtiPlatform.Web.Pages.Worker;

/// <summary>Her or her worker's scoring of the change compass at one occasion.</summary>
public sealed record CompassAssessment(
    string Occasion, string OccasionLabel, string Respondent, string RespondentLabel, DateOnly AssessedOn, IReadOnlyList<CompassScore> Scores);
