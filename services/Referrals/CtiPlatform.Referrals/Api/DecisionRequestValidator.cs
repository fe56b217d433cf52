using System.Globalization;
using CtiPlatform.Referrals.Resources;
using CtiPlatform.ServiceDefaults.Problems;
using FluentValidation;

namespace CtiPlatform.Referrals.Api;

public sealed class DecisionRequestValidator : AbstractValidator<DecisionRequest>
{
    /// <summary>A committee larger than this is no committee; the bound keeps a decision row from being flooded.</summary>
    public const int MaxParticipants = 30;

    public DecisionRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.MeetingDate).NotNull().Within(ReferralDateWindows.Meeting, clock, () => ReferralTexts.DateRange);
        RuleFor(r => r.Participants).NotEmpty().WithErrorCode("ParticipantsRequired").WithMessage(_ => ReferralTexts.ParticipantsRequired);
        RuleFor(r => r.Participants!.Count).LessThanOrEqualTo(MaxParticipants).OverridePropertyName(nameof(DecisionRequest.Participants))
            .WithErrorCode("MaxCount").WithMessage(_ => string.Format(CultureInfo.CurrentCulture, ReferralTexts.MaxCount, MaxParticipants))
            .When(r => r.Participants is not null);
        RuleForEach(r => r.Participants).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Reason).MaximumLength(2000);
        RuleFor(r => r.WorkerId).MaximumLength(200);
        RuleFor(r => r.CaseloadOverrideReason).MaximumLength(2000);
    }
}
