using CtiPlatform.Workflows.Resources;
using FluentValidation;

namespace CtiPlatform.Workflows.Api;

internal sealed class StartContactPeriodRequestValidator : AbstractValidator<StartContactPeriodRequest>
{
    public StartContactPeriodRequestValidator() =>
        RuleFor(r => r.Reason).NotEmpty().WithMessage(_ => WorkflowTexts.EarlyStartReasonRequired).MaximumLength(1000);
}
