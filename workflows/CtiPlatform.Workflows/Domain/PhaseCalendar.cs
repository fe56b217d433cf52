namespace CtiPlatform.Workflows.Domain;

/// <summary>
/// Phase boundaries in calendar months from the move-in date (docs/decisions/401-month-end-rule.md). Every
/// boundary is counted from the move-in date itself, never from the previous boundary, so a short month
/// cannot shorten the phases after it: move-in on 31 January gives 30 April, 31 July and 31 October.
/// </summary>
public static class PhaseCalendar
{
    public const int Phases = 3;

    /// <summary>Seed 003: "hver fase varer tre måneder og ikke mere eller mindre". Any other setting is a reported deviation.</summary>
    public const int MethodPhaseLengthMonths = 3;

    /// <summary>
    /// The date <paramref name="months"/> calendar months after <paramref name="moveIn"/>: the same day number,
    /// or the last day of the month when that month is shorter.
    /// </summary>
    public static DateOnly MonthsAfter(DateOnly moveIn, int months) => moveIn.AddMonths(months);

    /// <summary>The first day of <paramref name="phase"/> (1-3).</summary>
    public static DateOnly PhaseStart(DateOnly moveIn, int phaseLengthMonths, int phase) =>
        MonthsAfter(moveIn, (phase - 1) * phaseLengthMonths);

    /// <summary>
    /// The first day after <paramref name="phase"/> (exclusive end), as the set phase length gives it;
    /// an extension moves the end of phase 3 by whole months, counted from move-in as well.
    /// </summary>
    public static DateOnly PhaseEnd(DateOnly moveIn, int phaseLengthMonths, int phase, int extensionMonths = 0) =>
        MonthsAfter(moveIn, phase * phaseLengthMonths + (phase == Phases ? extensionMonths : 0));
}
