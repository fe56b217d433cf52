using CtiPlatform.Workflows.Resources;
using FluentValidation;

namespace CtiPlatform.Workflows.Api;

internal sealed class ExtendCourseRequestValidator : AbstractValidator<ExtendCourseRequest>
{
    public ExtendCourseRequestValidator()
    {
        RuleFor(r => r.Months).NotNull().InclusiveBetween(1, 24).WithMessage(_ => WorkflowTexts.MonthsOutOfRange);
        RuleFor(r => r.Reason).NotEmpty().WithMessage(_ => WorkflowTexts.ReasonRequired).MaximumLength(1000);
    }
}
