using CtiPlatform.Contracts.Courses;
using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.Workflows.Resources;
using FluentValidation;

namespace CtiPlatform.Workflows.Api;

internal sealed class EndCourseRequestValidator : AbstractValidator<EndCourseRequest>
{
    public EndCourseRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.Reason).NotNull().WithMessage(_ => WorkflowTexts.ReasonRequired).IsInEnum()
            .NotEqual(CourseClosureReason.Completed).WithMessage(_ => WorkflowTexts.CompletionIsByCalendar);
        RuleFor(r => r.EndsTo).NotNull().WithMessage(_ => WorkflowTexts.EndsToRequired).IsInEnum();
        RuleFor(r => r.Note).NotEmpty().When(r => r.Reason == CourseClosureReason.Other || r.EndsTo == CourseEndsTo.OtherSupport)
            .WithMessage(_ => WorkflowTexts.NoteRequiredForOther).MaximumLength(1000);
        RuleFor(r => r.EndedOn).Within(CourseDateWindows.EndedOn, clock, () => WorkflowTexts.DateRange).When(r => r.EndedOn is not null);
    }
}
