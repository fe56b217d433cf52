using System.Globalization;
using System.Linq.Expressions;
using CtiPlatform.Domain;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.Referrals.Resources;
using CtiPlatform.ServiceDefaults.Problems;
using FluentValidation;

namespace CtiPlatform.Referrals.Api;

public sealed class SubmitReferralValidator : AbstractValidator<SubmitReferralRequest>
{
    /// <summary>The most children one referral lists; more is no family the shelter knows but an attempt to flood the row.</summary>
    public const int MaxChildren = 20;

    // \z, not $: in .NET $ also matches before a final newline, which would let "12345678\n" through to storage.
    private const string PhonePattern = @"^\+?[0-9 ]{8,18}\z";
    private const string CprPattern = @"^[0-9]{6}-?[0-9]{4}\z";

    public SubmitReferralValidator(TimeProvider clock)
    {
        RuleFor(r => r.Woman).NotNull();
        RuleFor(r => r.Woman!.Name).NotEmpty().MaximumLength(200).When(r => r.Woman is not null);
        RuleFor(r => r.Woman!.DateOfBirth).NotNull().Within(ReferralDateWindows.DateOfBirth, clock, () => ReferralTexts.DateRange)
            .When(r => r.Woman is not null);
        RuleFor(r => r.Woman!.DateOfBirth)
            // Years are taken from today, not added to her date: a hostile date of birth must not overflow the calendar.
            .Must(dob => dob!.Value <= CopenhagenCalendar.DateAt(clock.GetUtcNow()).AddYears(-18))
            .WithErrorCode("Adult").WithMessage(_ => ReferralTexts.Adult)
            .When(r => r.Woman?.DateOfBirth is not null);
        RuleFor(r => r.Woman!.Cpr)
            .Matches(CprPattern).WithErrorCode("CprFormat").WithMessage(_ => ReferralTexts.CprFormat)
            .DependentRules(() => RuleFor(r => r.Woman!.Cpr)
                .Must((r, cpr) => r.Woman!.DateOfBirth is not { } dob || cpr![..6] == dob.ToString("ddMMyy", CultureInfo.InvariantCulture))
                .WithErrorCode("CprMatchesDateOfBirth").WithMessage(_ => ReferralTexts.CprMatchesDateOfBirth))
            .When(r => !string.IsNullOrEmpty(r.Woman?.Cpr));
        RuleFor(r => r.Woman!.Phone).NotEmpty().When(r => r.Woman is not null);
        RuleFor(r => r.Woman!.Phone).Matches(PhonePattern).WithErrorCode("PhoneFormat").WithMessage(_ => ReferralTexts.PhoneFormat)
            .When(r => !string.IsNullOrEmpty(r.Woman?.Phone));
        RuleFor(r => r.Woman!.PreferredLanguage).NotEmpty().MaximumLength(50).When(r => r.Woman is not null);
        RuleFor(r => r.Woman!.InterpreterNeeded).NotNull().When(r => r.Woman is not null);

        ChildrenRules(r => r.Children);
        ChildrenRules(r => r.ChildrenWithFather);

        RuleFor(r => r.Criteria).NotNull();
        RuleFor(r => r.Criteria)
            .Must(c => c!.Count == 6 && c.Select(x => x.Criterion).Distinct().Count() == 6 && c.All(x => x.Criterion is not null))
            .WithErrorCode("CriteriaCount").WithMessage(_ => ReferralTexts.CriteriaCount)
            .When(r => r.Criteria is not null);
        RuleForEach(r => r.Criteria).ChildRules(criterion =>
        {
            criterion.RuleFor(c => c.Criterion).NotNull().IsInEnum();
            criterion.RuleFor(c => c.Met).NotNull();
            criterion.RuleFor(c => c.Justification).NotEmpty().When(c => c.Met == true)
                .WithErrorCode("JustificationRequired").WithMessage(_ => ReferralTexts.JustificationRequired);
            criterion.RuleFor(c => c.Justification).MaximumLength(1000);
        });

        RuleFor(r => r.ActionPlanDate).NotNull().Within(ReferralDateWindows.ActionPlan, clock, () => ReferralTexts.DateRange);
        RuleFor(r => r.ExpectedMoveOutDate).NotNull().Within(ReferralDateWindows.ExpectedMoveOut, clock, () => ReferralTexts.DateRange);
        RuleFor(r => r.ConsentToShareHistory).NotNull();
        RuleFor(r => r.ShelterContact).NotNull();
        RuleFor(r => r.ShelterContact!.Name).NotEmpty().MaximumLength(200).When(r => r.ShelterContact is not null);
        RuleFor(r => r.ShelterContact!.Phone).NotEmpty().Matches(PhonePattern).WithErrorCode("PhoneFormat").WithMessage(_ => ReferralTexts.PhoneFormat).When(r => r.ShelterContact is not null);

        // Her wish is only required here; that she does not want CTI is the domain's refusal (ReferralRefusal.OnlyWhenSheWantsCti).
        RuleFor(r => r.Situation).NotNull();
        When(r => r.Situation is not null, () =>
        {
            RuleFor(r => r.Situation!.WantsCti).NotNull();
            RuleFor(r => r.Situation!.ShelterEnteredOn).NotNull().Within(ReferralDateWindows.ShelterEntry, clock, () => ReferralTexts.DateRange);
            RuleFor(r => r.Situation!.ShelterEnteredOn)
                .Must((r, entered) => entered <= r.ExpectedMoveOutDate)
                .WithErrorCode("ShelterEnteredBeforeMoveOut").WithMessage(_ => ReferralTexts.ShelterEnteredBeforeMoveOut)
                .When(r => r.Situation!.ShelterEnteredOn is not null && r.ExpectedMoveOutDate is not null);
            RuleFor(r => r.Situation!.HomeAllocated).NotNull();
            RuleFor(r => r.Situation!.HomeAvailableFrom)
                .NotNull().WithErrorCode("HomeAvailableFromRequired").WithMessage(_ => ReferralTexts.HomeAvailableFromRequired)
                .Within(ReferralDateWindows.HomeAvailableFrom, clock, () => ReferralTexts.DateRange)
                .When(r => r.Situation!.HomeAllocated == true);
            RuleFor(r => r.Situation!.HomeAvailableFrom)
                .Null().WithErrorCode("HomeAvailableFromOnlyWithHome").WithMessage(_ => ReferralTexts.HomeAvailableFromOnlyWithHome)
                .When(r => r.Situation!.HomeAllocated == false);
            RuleFor(r => r.Situation!.ProtectedAddress).NotNull();
            RuleFor(r => r.Situation!.SmsSafe).NotNull();
        });
    }

    /// <summary>The same rules for the children moving with her and those living with their father.</summary>
    private void ChildrenRules(Expression<Func<SubmitReferralRequest, IEnumerable<ChildInput>?>> children)
    {
        var read = children.Compile();
        RuleFor(children).Must(c => c!.Count() <= MaxChildren)
            .WithErrorCode("MaxCount").WithMessage(_ => string.Format(CultureInfo.CurrentCulture, ReferralTexts.MaxCount, MaxChildren))
            .When(r => read(r) is not null);
        RuleForEach(children!).ChildRules(child =>
        {
            child.RuleFor(c => c.FirstName).NotEmpty().MaximumLength(100);
            child.RuleFor(c => c.Age).NotNull().InclusiveBetween(0, 17).WithErrorCode("ChildAge").WithMessage(_ => ReferralTexts.ChildAge);
        });
    }
}
