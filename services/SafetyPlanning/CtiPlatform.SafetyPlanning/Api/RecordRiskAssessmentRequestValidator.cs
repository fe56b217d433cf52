using FluentValidation;

namespace CtiPlatform.SafetyPlanning.Api;

public sealed class RecordRiskAssessmentRequestValidator : AbstractValidator<RecordRiskAssessmentRequest>
{
    public const int MaxReasonLength = 1000;

    public RecordRiskAssessmentRequestValidator()
    {
        RuleFor(r => r.Answers).NotEmpty();
        RuleForEach(r => r.Answers!.Values).IsInEnum().OverridePropertyName("answers").When(r => r.Answers is not null);
        RuleFor(r => r.JudgedLevel).IsInEnum();
        RuleFor(r => r.JudgementReason).MaximumLength(MaxReasonLength);

        // A level above the checklist's must say why, so the next reader can weigh it.
        RuleFor(r => r.JudgementReason).NotEmpty().When(r => r.JudgedLevel is not null);
    }
}
