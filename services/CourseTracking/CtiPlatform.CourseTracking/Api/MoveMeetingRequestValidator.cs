using CtiPlatform.CourseTracking.Resources;
using CtiPlatform.ServiceDefaults.Problems;
using FluentValidation;

namespace CtiPlatform.CourseTracking.Api;

internal sealed class MoveMeetingRequestValidator : AbstractValidator<MoveMeetingRequest>
{
    public MoveMeetingRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.Date).NotNull().WithMessage(_ => CourseTrackingTexts.DateRequired)
            .Within(MeetingDateWindows.Meeting, clock, () => CourseTrackingTexts.DateRange);
        RuleFor(r => r.Time).NotNull().WithMessage(_ => CourseTrackingTexts.TimeRequired);
    }
}
