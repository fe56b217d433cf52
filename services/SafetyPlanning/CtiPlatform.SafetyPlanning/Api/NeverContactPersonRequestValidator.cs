using CtiPlatform.SafetyPlanning.Resources;
using FluentValidation;

namespace CtiPlatform.SafetyPlanning.Api;

public sealed class NeverContactPersonRequestValidator : AbstractValidator<NeverContactPersonRequest>
{
    public const int MaxNames = 5;
    public const int MaxNameLength = 200;
    public const int MaxPhoneNumbers = 5;

    public NeverContactPersonRequestValidator()
    {
        RuleFor(r => r.Relation).NotNull().IsInEnum();

        // A name, so the worker recognises the person when he calls or is named in her network.
        RuleFor(r => r.Names).NotEmpty();
        RuleFor(r => r.Names!.Length).LessThanOrEqualTo(MaxNames).OverridePropertyName("names").When(r => r.Names is not null);
        RuleForEach(r => r.Names).NotEmpty().MaximumLength(MaxNameLength);
        RuleFor(r => r.PhoneNumbers!.Length).LessThanOrEqualTo(MaxPhoneNumbers).OverridePropertyName("phoneNumbers").When(r => r.PhoneNumbers is not null);

        // Digits with spaces or hyphens, a leading + for a country code; 8 to 15 digits as in E.164, so the
        // normalised number matches the one notifications is asked to send to.
        RuleForEach(r => r.PhoneNumbers).NotEmpty().Matches(@"^\+?[0-9][0-9 -]*\z")
            .Must(p => p.Count(char.IsAsciiDigit) is >= 8 and <= 15).WithErrorCode("PhoneNumberDigits").WithMessage(_ => SafetyTexts.PhoneNumberDigits);
    }
}
