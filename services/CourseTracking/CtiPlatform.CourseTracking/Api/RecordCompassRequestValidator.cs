using CtiPlatform.CourseTracking.Domain;
using FluentValidation;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>All ten dimensions, each once and scored 1-10; when the occasion may be scored is the domain's rule.</summary>
internal sealed class RecordCompassRequestValidator : AbstractValidator<RecordCompassRequest>
{
    public RecordCompassRequestValidator()
    {
        RuleFor(r => r.Occasion).NotNull().IsInEnum();
        RuleFor(r => r.Respondent).NotNull().IsInEnum();
        RuleFor(r => r.Scores).NotNull()
            .Must(s => s is null || (s.Count == Enum.GetValues<CompassDimension>().Length && s.Select(x => x.Dimension).Distinct().Count() == s.Count))
            .WithMessage("Every one of the ten dimensions is scored once.");
        RuleForEach(r => r.Scores).ChildRules(score =>
        {
            score.RuleFor(s => s.Dimension).NotNull().IsInEnum();
            score.RuleFor(s => s.Score).NotNull().InclusiveBetween(CompassAssessment.LowestScore, CompassAssessment.HighestScore);
        });
    }
}
