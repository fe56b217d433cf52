using FluentValidation;

namespace CtiPlatform.Referrals.Api;

public sealed class AgendaRequestValidator : AbstractValidator<AgendaRequest>
{
    public AgendaRequestValidator() => RuleFor(r => r.MeetingDate).NotNull();
}
