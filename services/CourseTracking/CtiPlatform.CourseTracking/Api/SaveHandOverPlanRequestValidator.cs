using CtiPlatform.CourseTracking.Resources;
using CtiPlatform.ServiceDefaults.Problems;
using FluentValidation;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>The shape and bounds of a hand-over plan (our own bounds, decision 506); lateness of a meeting is reported, not refused.</summary>
internal sealed class SaveHandOverPlanRequestValidator : AbstractValidator<SaveHandOverPlanRequest>
{
    public const int MaxText = 500;

    public const int MaxName = 100;

    /// <summary>Meetings from a year back (one held and entered late) to a year ahead.</summary>
    public static readonly DateWindow MeetingDate = new(DaysBefore: 365, DaysAfter: 365);

    public SaveHandOverPlanRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.LongTermNeeds).NotEmpty().Must(n => n is null || n.Count <= 10);
        RuleForEach(r => r.LongTermNeeds).NotEmpty().MaximumLength(MaxText);
        RuleFor(r => r.Supporters).Must(s => s is null || s.Count <= 20);
        RuleForEach(r => r.Supporters).ChildRules(supporter =>
        {
            supporter.RuleFor(s => s.Kind).NotNull().IsInEnum();
            supporter.RuleFor(s => s.Name).NotEmpty().MaximumLength(MaxName);
            supporter.RuleFor(s => s.HelpsWith).NotEmpty().MaximumLength(MaxText);
        });
        RuleFor(r => r.Responsible).NotNull();
        RuleFor(r => r.Responsible!.Name).NotEmpty().MaximumLength(MaxName).When(r => r.Responsible is not null);
        RuleFor(r => r.Responsible!.Role).NotEmpty().MaximumLength(MaxName).When(r => r.Responsible is not null);
        RuleFor(r => r.Meetings).Must(m => m is null || m.Count <= 10);
        RuleForEach(r => r.Meetings).ChildRules(meeting =>
        {
            meeting.RuleFor(m => m.Date).NotNull().Within(MeetingDate, clock, () => CourseTrackingTexts.DateRange);
            meeting.RuleFor(m => m.With).NotEmpty().MaximumLength(MaxText);
        });
    }
}
