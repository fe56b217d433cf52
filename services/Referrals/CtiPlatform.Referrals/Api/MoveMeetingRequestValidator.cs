using CtiPlatform.Referrals.Resources;
using CtiPlatform.ServiceDefaults.Problems;
using FluentValidation;

namespace CtiPlatform.Referrals.Api;

public sealed class MoveMeetingRequestValidator : AbstractValidator<MoveMeetingRequest>
{
    public MoveMeetingRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.From).NotNull().Within(ReferralDateWindows.Meeting, clock, () => ReferralTexts.DateRange);
        RuleFor(r => r.MeetingDate).NotNull().Within(ReferralDateWindows.Meeting, clock, () => ReferralTexts.DateRange);
    }
}
