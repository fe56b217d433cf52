using CtiPlatform.Notifications.Domain;
using FluentValidation;

namespace CtiPlatform.Notifications.Api;

public sealed class ContactProfileRequestValidator : AbstractValidator<ContactProfileRequest>
{
    /// <summary>A time of day as the API takes it: 24-hour "HH:mm".</summary>
    public const string TimeOfDay = @"^([01][0-9]|2[0-3]):[0-5][0-9]\z";

    public ContactProfileRequestValidator()
    {
        RuleFor(r => r.ConsentGivenAt).NotNull();

        // E.164, the form the Twilio binding's toNumber takes: she may keep a number from another country.
        RuleFor(r => r.PhoneNumber).NotEmpty().Matches(@"^\+[1-9][0-9]{7,14}\z");
        RuleFor(r => r.NumberConfirmed).NotNull();
        RuleFor(r => r.SafeFrom).NotEmpty().Matches(TimeOfDay);
        RuleFor(r => r.SafeUntil).NotEmpty().Matches(TimeOfDay);

        // What Twilio accepts as an alphanumeric sender: letters, digits and spaces, at least one letter.
        RuleFor(r => r.SenderName).NotEmpty().MaximumLength(ContactProfile.MaxSenderNameLength).Matches(@"^[A-Za-z0-9 ]*[A-Za-z][A-Za-z0-9 ]*\z");
        RuleFor(r => r.Template).NotEmpty().MaximumLength(50);
        RuleFor(r => r.Language).NotEmpty().MaximumLength(10);
    }
}
