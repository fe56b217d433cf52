using CtiPlatform.CourseTracking.Resources;
using CtiPlatform.ServiceDefaults.Problems;
using FluentValidation;

namespace CtiPlatform.CourseTracking.Api;

internal sealed class TickRequestValidator : AbstractValidator<TickRequest>
{
    /// <summary>Up to a year back (a late tick); a future date passes here and is refused by the tick (TickInTheFuture).</summary>
    public static readonly DateWindow TickedOn = new(DaysBefore: 365, DaysAfter: 1);

    public TickRequestValidator(TimeProvider clock) =>
        RuleFor(r => r.TickedOn).Within(TickedOn, clock, () => CourseTrackingTexts.DateRange);
}
