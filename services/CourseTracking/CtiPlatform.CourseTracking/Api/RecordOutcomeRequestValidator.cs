using FluentValidation;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>The three answers every outcome has; whether the children's answers fit her is the domain's rule.</summary>
internal sealed class RecordOutcomeRequestValidator : AbstractValidator<RecordOutcomeRequest>
{
    public RecordOutcomeRequestValidator()
    {
        RuleFor(r => r.KeptHome).NotNull();
        RuleFor(r => r.HasSafetyStrategy).NotNull();
        RuleFor(r => r.ReadmittedToShelter).NotNull();
    }
}
