using CtiPlatform.Workflows.Resources;
using FluentValidation;

namespace CtiPlatform.Workflows.Api;

internal sealed class RegisterMoveInRequestValidator : AbstractValidator<RegisterMoveInRequest>
{
    public RegisterMoveInRequestValidator() => RuleFor(r => r.MoveInDate).NotNull().WithMessage(_ => WorkflowTexts.DateRequired);
}
