using CtiPlatform.Contracts.Courses;
using CtiPlatform.Workflows.Resources;
using FluentValidation;

namespace CtiPlatform.Workflows.Api;

internal sealed class ExtendCourseRequestValidator : AbstractValidator<ExtendCourseRequest>
{
    public ExtendCourseRequestValidator()
    {
        RuleFor(r => r.Months).NotNull().InclusiveBetween(1, 24).WithMessage(_ => WorkflowTexts.MonthsOutOfRange);
        RuleFor(r => r.Category).NotNull().WithMessage(_ => WorkflowTexts.ExtensionCategoryRequired).IsInEnum();
        RuleFor(r => r.Reason).NotEmpty().When(r => r.Category == ExtensionReason.Other).WithMessage(_ => WorkflowTexts.ExtensionNoteRequiredForOther)
            .MaximumLength(1000);
    }
}
