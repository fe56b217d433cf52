using CtiPlatform.SafetyPlanning.Resources;
using CtiPlatform.ServiceDefaults.Problems;
using FluentValidation;

namespace CtiPlatform.SafetyPlanning.Api;

public sealed class RegisterProtectedAddressRequestValidator : AbstractValidator<RegisterProtectedAddressRequest>
{
    public const int MaxAddressLength = 300;

    public RegisterProtectedAddressRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.Address).NotEmpty().MaximumLength(MaxAddressLength);
        RuleFor(r => r.RegisteredOn).NotNull().Within(SafetyDateWindows.ProtectionStart, clock, () => SafetyTexts.DateRange);
    }
}
