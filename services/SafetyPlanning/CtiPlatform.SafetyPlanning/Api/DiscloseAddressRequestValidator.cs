using FluentValidation;

namespace CtiPlatform.SafetyPlanning.Api;

public sealed class DiscloseAddressRequestValidator : AbstractValidator<DiscloseAddressRequest>
{
    public DiscloseAddressRequestValidator() => RuleFor(r => r.Purpose).NotNull().IsInEnum();
}
