using CtiPlatform.Referrals.Resources;
using FluentValidation;

namespace CtiPlatform.Referrals.Api;

public sealed class RegisterWorkerRequestValidator : AbstractValidator<RegisterWorkerRequest>
{
    public RegisterWorkerRequestValidator() =>
        RuleFor(r => r.WorkerId).NotEmpty().Matches(WorkerIds.Pattern).WithErrorCode("WorkerIdFormat").WithMessage(_ => ReferralTexts.WorkerIdFormat);
}
