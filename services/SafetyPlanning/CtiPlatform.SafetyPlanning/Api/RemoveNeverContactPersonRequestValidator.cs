using FluentValidation;

namespace CtiPlatform.SafetyPlanning.Api;

public sealed class RemoveNeverContactPersonRequestValidator : AbstractValidator<RemoveNeverContactPersonRequest>
{
    public const int MaxReasonLength = 1000;

    public RemoveNeverContactPersonRequestValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(MaxReasonLength);
}
