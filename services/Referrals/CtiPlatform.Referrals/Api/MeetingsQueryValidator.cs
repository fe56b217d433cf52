using CtiPlatform.Referrals.Resources;
using CtiPlatform.ServiceDefaults.Problems;
using FluentValidation;

namespace CtiPlatform.Referrals.Api;

public sealed class MeetingsQueryValidator : AbstractValidator<MeetingsQuery>
{
    public MeetingsQueryValidator(TimeProvider clock)
    {
        RuleFor(q => q.From).Within(ReferralDateWindows.Meeting, clock, () => ReferralTexts.DateRange);
        RuleFor(q => q.Count).InclusiveBetween(1, MeetingsQuery.MaxCount);
    }
}
