using CtiPlatform.Referrals.Resources;
using FluentValidation;

namespace CtiPlatform.Referrals.Api;

public sealed class DecisionRequestValidator : AbstractValidator<DecisionRequest>
{
    public DecisionRequestValidator()
    {
        RuleFor(r => r.MeetingDate).NotNull();
        RuleFor(r => r.Participants).NotEmpty().WithErrorCode("ParticipantsRequired").WithMessage(_ => ReferralTexts.ParticipantsRequired);
        RuleForEach(r => r.Participants).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Reason).MaximumLength(2000);
        RuleFor(r => r.WorkerId).MaximumLength(200);
        RuleFor(r => r.CaseloadOverrideReason).MaximumLength(2000);
    }
}
