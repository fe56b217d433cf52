using CtiPlatform.Domain;

namespace CtiPlatform.ServiceDefaults.Problems;

/// <summary>
/// How far before and after today (the Danish date, decision 410) a date input may lie. A date outside it is a
/// typing error or a hostile value, and the calendar arithmetic behind it would fail or plan decades ahead.
/// </summary>
/// <param name="DaysBefore">The earliest accepted date is today minus this many days.</param>
/// <param name="DaysAfter">The latest accepted date is today plus this many days.</param>
public sealed record DateWindow(int DaysBefore, int DaysAfter)
{
    /// <summary>The rule name a date outside its window is refused with.</summary>
    public const string Rule = "DateRange";

    /// <summary>The first and last accepted date on the Danish date at <paramref name="now"/>.</summary>
    public (DateOnly First, DateOnly Last) On(DateTimeOffset now)
    {
        var today = CopenhagenCalendar.DateAt(now);
        return (today.AddDays(-DaysBefore), today.AddDays(DaysAfter));
    }

    public bool Contains(DateOnly date, DateTimeOffset now) => On(now) is var (first, last) && date >= first && date <= last;
}
