using CtiPlatform.Referrals.Resources;
using FluentValidation;

namespace CtiPlatform.Referrals.Api;

public sealed class ReassignRequestValidator : AbstractValidator<ReassignRequest>
{
    public ReassignRequestValidator()
    {
        RuleFor(r => r.WorkerId).NotEmpty().Matches(WorkerIds.Pattern).WithErrorCode("WorkerIdFormat").WithMessage(_ => ReferralTexts.WorkerIdFormat);
        RuleFor(r => r.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithErrorCode("ReasonRequiredToReassign")
            .WithMessage(_ => ReferralTexts.ReasonRequiredToReassign).MaximumLength(2000);
    }
}
