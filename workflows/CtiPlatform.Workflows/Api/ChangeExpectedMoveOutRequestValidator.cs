using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.Workflows.Resources;
using FluentValidation;

namespace CtiPlatform.Workflows.Api;

internal sealed class ChangeExpectedMoveOutRequestValidator : AbstractValidator<ChangeExpectedMoveOutRequest>
{
    public ChangeExpectedMoveOutRequestValidator(TimeProvider clock) =>
        RuleFor(r => r.ExpectedMoveOutDate).NotNull().WithMessage(_ => WorkflowTexts.DateRequired)
            .Within(CourseDateWindows.ExpectedMoveOut, clock, () => WorkflowTexts.DateRange);
}
