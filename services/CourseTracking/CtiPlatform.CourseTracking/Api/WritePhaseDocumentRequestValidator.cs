using FluentValidation;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>The shape and bounds of a phase's documentation; that it matches the phase's plan is the domain's rule.</summary>
internal sealed class WritePhaseDocumentRequestValidator : AbstractValidator<WritePhaseDocumentRequest>
{
    /// <summary>A short status (our own bound).</summary>
    public const int MaxStatus = 1000;

    public WritePhaseDocumentRequestValidator()
    {
        RuleFor(r => r.Phase).NotNull().InclusiveBetween(1, 3);
        RuleFor(r => r.Statuses).NotEmpty().Must(s => s is null || s.Count <= 10);
        RuleForEach(r => r.Statuses).ChildRules(status =>
        {
            status.RuleFor(s => s.Theme).NotNull().IsInEnum();
            status.RuleFor(s => s.Status).NotEmpty().MaximumLength(MaxStatus);
        });
    }
}
