using CtiPlatform.Contracts.Courses;
using CtiPlatform.Workflows.Resources;
using FluentValidation;

namespace CtiPlatform.Workflows.Api;

internal sealed class RegisterMoveInRequestValidator : AbstractValidator<RegisterMoveInRequest>
{
    public RegisterMoveInRequestValidator() => RuleFor(r => r.MoveInDate).NotNull().WithMessage(_ => Texts.DateRequired);
}

internal sealed class ChangeExpectedMoveOutRequestValidator : AbstractValidator<ChangeExpectedMoveOutRequest>
{
    public ChangeExpectedMoveOutRequestValidator() => RuleFor(r => r.ExpectedMoveOutDate).NotNull().WithMessage(_ => Texts.DateRequired);
}

internal sealed class ExtendCourseRequestValidator : AbstractValidator<ExtendCourseRequest>
{
    public ExtendCourseRequestValidator()
    {
        RuleFor(r => r.Months).NotNull().InclusiveBetween(1, 24).WithMessage(_ => Texts.MonthsOutOfRange);
        RuleFor(r => r.Reason).NotEmpty().WithMessage(_ => Texts.ReasonRequired).MaximumLength(1000);
    }
}

internal sealed class EndCourseRequestValidator : AbstractValidator<EndCourseRequest>
{
    public EndCourseRequestValidator()
    {
        RuleFor(r => r.Reason).NotNull().WithMessage(_ => Texts.ReasonRequired).IsInEnum()
            .NotEqual(CourseClosureReason.Completed).WithMessage(_ => Texts.CompletionIsByCalendar);
        RuleFor(r => r.Note).NotEmpty().When(r => r.Reason == CourseClosureReason.Other).WithMessage(_ => Texts.NoteRequiredForOther).MaximumLength(1000);
    }
}
