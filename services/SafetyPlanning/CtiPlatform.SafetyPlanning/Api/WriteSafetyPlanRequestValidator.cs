using CtiPlatform.SafetyPlanning.Resources;
using CtiPlatform.ServiceDefaults.Problems;
using FluentValidation;

namespace CtiPlatform.SafetyPlanning.Api;

public sealed class WriteSafetyPlanRequestValidator : AbstractValidator<WriteSafetyPlanRequest>
{
    public const int MaxSectionLength = 2000;

    public WriteSafetyPlanRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.Sections).NotNull();
        RuleFor(r => r.BasedOnVersion).GreaterThanOrEqualTo(0);
        RuleFor(r => r.ReviewOn).NotNull().Within(SafetyDateWindows.PlanReview, clock, () => SafetyTexts.DateRange);
        When(r => r.Sections is not null, () =>
        {
            RuleFor(r => r.Sections!.EscapeRoute).MaximumLength(MaxSectionLength);
            RuleFor(r => r.Sections!.EscapeDestination).MaximumLength(MaxSectionLength);
            RuleFor(r => r.Sections!.EmergencyBag).MaximumLength(MaxSectionLength);
            RuleFor(r => r.Sections!.LockableRoom).MaximumLength(MaxSectionLength);
            RuleFor(r => r.Sections!.WhoToCall).MaximumLength(MaxSectionLength);
            RuleFor(r => r.Sections!.HomeSecurity).MaximumLength(MaxSectionLength);
            RuleFor(r => r.Sections!.PoliceMeasures).MaximumLength(MaxSectionLength);
            RuleFor(r => r.Sections!.PhoneAndSocialMedia).MaximumLength(MaxSectionLength);
            RuleFor(r => r.Sections!.ExPartnerContactAndHandOvers).MaximumLength(MaxSectionLength);
            RuleFor(r => r.Sections!.ChildrenCollection).MaximumLength(MaxSectionLength);
        });
    }
}
