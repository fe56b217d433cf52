using FluentValidation;

namespace CtiPlatform.SafetyPlanning.Api;

public sealed class ChangeVisitPrecautionsRequestValidator : AbstractValidator<ChangeVisitPrecautionsRequest>
{
    /// <summary>A note read on the doorstep, not a case file (decision 605).</summary>
    public const int MaxNoteLength = 500;

    public ChangeVisitPrecautionsRequestValidator()
    {
        RuleFor(r => r.VisitInPairs).NotNull();
        RuleFor(r => r.MeetElsewhere).NotNull();
        RuleFor(r => r.KnownDangerAtAddress).NotNull();
        RuleFor(r => r.Note).MaximumLength(MaxNoteLength);

        // A known danger without a word on what it is leaves the visiting worker guessing.
        RuleFor(r => r.Note).NotEmpty().When(r => r.KnownDangerAtAddress == true);
    }
}
