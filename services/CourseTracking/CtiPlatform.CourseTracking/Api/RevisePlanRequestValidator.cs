using CtiPlatform.CourseTracking.Domain;
using FluentValidation;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>The shape and bounds of a plan; the method's rules (one to three areas, the children theme) are the domain's.</summary>
internal sealed class RevisePlanRequestValidator : AbstractValidator<RevisePlanRequest>
{
    public const int MaxText = 500;

    public RevisePlanRequestValidator()
    {
        RuleFor(r => r.FocusAreas).NotNull().Must(a => a is null || a.Count <= 10);
        RuleForEach(r => r.FocusAreas).ChildRules(area =>
        {
            area.RuleFor(a => a.Theme).NotNull().IsInEnum();
            area.RuleFor(a => a.Status).IsInEnum();
            area.RuleFor(a => a.Goals).NotEmpty().Must(g => g is null || g.Count <= 10);
            area.RuleForEach(a => a.Goals).NotEmpty().MaximumLength(MaxText);
            area.RuleFor(a => a.Activities).Must(a => a is null || a.Count <= 20);
            area.RuleForEach(a => a.Activities).ChildRules(activity =>
            {
                activity.RuleFor(a => a.Description).NotEmpty().MaximumLength(MaxText);
                activity.RuleFor(a => a.Responsible).NotNull().IsInEnum();
                activity.RuleFor(a => a.Status).IsInEnum();
                activity.RuleFor(a => a.NetworkPerson).MaximumLength(100)
                    .NotEmpty().When(a => a.Responsible == ActivityResponsible.NetworkPerson);
            });
        });
    }
}
