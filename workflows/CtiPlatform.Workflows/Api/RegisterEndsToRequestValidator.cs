using CtiPlatform.Workflows.Resources;
using FluentValidation;

namespace CtiPlatform.Workflows.Api;

internal sealed class RegisterEndsToRequestValidator : AbstractValidator<RegisterEndsToRequest>
{
    public RegisterEndsToRequestValidator() =>
        RuleFor(r => r.EndsTo).NotNull().WithMessage(_ => WorkflowTexts.EndsToRequired).IsInEnum();
}
