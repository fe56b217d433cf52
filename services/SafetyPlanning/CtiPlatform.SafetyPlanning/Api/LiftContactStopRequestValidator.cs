using FluentValidation;

namespace CtiPlatform.SafetyPlanning.Api;

public sealed class LiftContactStopRequestValidator : AbstractValidator<LiftContactStopRequest>
{
    public const int MaxReasonLength = 1000;

    public LiftContactStopRequestValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(MaxReasonLength);
}
