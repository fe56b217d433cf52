using CtiPlatform.CourseTracking.Resources;
using CtiPlatform.ServiceDefaults.Problems;
using FluentValidation;

namespace CtiPlatform.CourseTracking.Api;

internal sealed class RecordContactRequestValidator : AbstractValidator<RecordContactRequest>
{
    public RecordContactRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.Date).NotNull().WithMessage(_ => CourseTrackingTexts.DateRequired)
            .Within(MeetingDateWindows.Contact, clock, () => CourseTrackingTexts.DateRange);
        RuleFor(r => r.Time).NotNull().WithMessage(_ => CourseTrackingTexts.TimeRequired);
        RuleFor(r => r.DurationMinutes).NotNull().InclusiveBetween(1, MeetingDateWindows.MaxMinutes);
        RuleFor(r => r.Notes).MaximumLength(MeetingDateWindows.MaxNotes);
    }
}
