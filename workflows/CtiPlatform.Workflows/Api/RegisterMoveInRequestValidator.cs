using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.Workflows.Resources;
using FluentValidation;

namespace CtiPlatform.Workflows.Api;

internal sealed class RegisterMoveInRequestValidator : AbstractValidator<RegisterMoveInRequest>
{
    public RegisterMoveInRequestValidator(TimeProvider clock) =>
        RuleFor(r => r.MoveInDate).NotNull().WithMessage(_ => WorkflowTexts.DateRequired)
            .Within(CourseDateWindows.MoveIn, clock, () => WorkflowTexts.DateRange);
}
