using FluentValidation;

namespace CtiPlatform.Notifications.Api;

public sealed class PreferenceRequestValidator : AbstractValidator<PreferenceRequest>
{
    public PreferenceRequestValidator()
    {
        RuleFor(r => r.EmailWanted).NotNull();

        // One address, nothing around it: a line break would let a value add headers to the SMTP message.
        RuleFor(r => r.DigestAt).Matches(@"^([01][0-9]|2[0-3]):[0-5][0-9]\z").When(r => r.DigestAt is not null);

        RuleFor(r => r.Email).MaximumLength(254).Matches(@"^[^\s@]+@[^\s@]+\.[^\s@]+\z").When(r => !string.IsNullOrEmpty(r.Email));
    }
}
