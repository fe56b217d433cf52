using FluentValidation;

namespace CtiPlatform.CourseTracking.Api;

internal sealed class MeetingOutcomeRequestValidator : AbstractValidator<MeetingOutcomeRequest>
{
    public MeetingOutcomeRequestValidator()
    {
        RuleFor(r => r.DurationMinutes).InclusiveBetween(1, MeetingDateWindows.MaxMinutes);
        RuleFor(r => r.Notes).MaximumLength(MeetingDateWindows.MaxNotes);
    }
}
