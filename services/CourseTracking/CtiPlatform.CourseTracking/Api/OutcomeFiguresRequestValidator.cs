using CtiPlatform.CourseTracking.Resources;
using FluentValidation;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>Both dates, in order, at most <see cref="OutcomeFiguresRequest.MaxYears"/> years apart.</summary>
internal sealed class OutcomeFiguresRequestValidator : AbstractValidator<OutcomeFiguresRequest>
{
    public OutcomeFiguresRequestValidator()
    {
        RuleFor(r => r.From).NotNull().WithMessage(_ => CourseTrackingTexts.DateRequired);
        RuleFor(r => r.To).NotNull().WithMessage(_ => CourseTrackingTexts.DateRequired)
            .Must((r, to) => r.From is not { } from || to is not { } end || end >= from).WithMessage(_ => CourseTrackingTexts.PeriodEndsBeforeItStarts)
            .Must((r, to) => r.From is not { } from || to is not { } end || OutcomeFiguresRequest.WithinMaxYears(from, end))
            .WithMessage(_ => string.Format(CourseTrackingTexts.Culture, CourseTrackingTexts.PeriodTooLong, OutcomeFiguresRequest.MaxYears));
    }
}
