using FluentValidation;

namespace CtiPlatform.CourseTracking.Api;

internal sealed class AnswerFollowUpRequestValidator : AbstractValidator<AnswerFollowUpRequest>
{
    public AnswerFollowUpRequestValidator() => RuleFor(r => r.StillInOwnHome).NotNull();
}
