using CtiPlatform.Referrals.Resources;
using CtiPlatform.ServiceDefaults.Problems;
using FluentValidation;

namespace CtiPlatform.Referrals.Api;

public sealed class ExtraMeetingRequestValidator : AbstractValidator<ExtraMeetingRequest>
{
    public ExtraMeetingRequestValidator(TimeProvider clock) =>
        RuleFor(r => r.MeetingDate).NotNull().Within(ReferralDateWindows.Meeting, clock, () => ReferralTexts.DateRange);
}
