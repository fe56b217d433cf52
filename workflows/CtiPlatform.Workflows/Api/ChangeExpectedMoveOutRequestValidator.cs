using CtiPlatform.Workflows.Resources;
using FluentValidation;

namespace CtiPlatform.Workflows.Api;

internal sealed class ChangeExpectedMoveOutRequestValidator : AbstractValidator<ChangeExpectedMoveOutRequest>
{
    public ChangeExpectedMoveOutRequestValidator() => RuleFor(r => r.ExpectedMoveOutDate).NotNull().WithMessage(_ => WorkflowTexts.DateRequired);
}
