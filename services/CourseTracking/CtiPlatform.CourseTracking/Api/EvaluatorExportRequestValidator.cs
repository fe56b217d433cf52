using CtiPlatform.CourseTracking.Resources;
using FluentValidation;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>The period as the outcome figures' (both dates, in order, at most five years), and a format the export has.</summary>
internal sealed class EvaluatorExportRequestValidator : AbstractValidator<EvaluatorExportRequest>
{
    public EvaluatorExportRequestValidator()
    {
        RuleFor(r => r.From).NotNull().WithMessage(_ => CourseTrackingTexts.DateRequired);
        RuleFor(r => r.To).NotNull().WithMessage(_ => CourseTrackingTexts.DateRequired)
            .Must((r, to) => r.From is not { } from || to is not { } end || end >= from).WithMessage(_ => CourseTrackingTexts.PeriodEndsBeforeItStarts)
            .Must((r, to) => r.From is not { } from || to is not { } end || OutcomeFiguresRequest.WithinMaxYears(from, end))
            .WithMessage(_ => string.Format(CourseTrackingTexts.Culture, CourseTrackingTexts.PeriodTooLong, OutcomeFiguresRequest.MaxYears));
        RuleFor(r => r.Format).Must(f => f is null or EvaluatorExportRequest.Csv or EvaluatorExportRequest.Json)
            .WithMessage(_ => CourseTrackingTexts.ExportFormatUnknown);
    }
}
