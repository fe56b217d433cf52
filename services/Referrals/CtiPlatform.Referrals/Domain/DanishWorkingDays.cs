namespace CtiPlatform.Referrals.Domain;

/// <summary>
/// Working days in a Danish municipality: Monday to Friday except the public holidays (helligdage) and the days the
/// public sector's agreements give off (docs/decisions/026-committee-meetings-on-working-days.md).
/// </summary>
public static class DanishWorkingDays
{
    /// <summary>Store bededag was a public holiday until 2023 (lov nr. 140 af 28. februar 2023 abolished it).</summary>
    private const int LastYearWithGreatPrayerDay = 2023;

    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !DaysOff(date.Year).Contains(date);

    /// <summary><paramref name="date"/> itself when it is a working day, otherwise the first working day after it.</summary>
    public static DateOnly OnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>The year's public holidays and agreed days off that can fall on a weekday.</summary>
    public static IReadOnlySet<DateOnly> DaysOff(int year)
    {
        var easter = EasterSunday(year);
        var days = new HashSet<DateOnly>
        {
            new(year, 1, 1),        // nytårsdag
            easter.AddDays(-3),     // skærtorsdag
            easter.AddDays(-2),     // langfredag
            easter.AddDays(1),      // 2. påskedag
            easter.AddDays(39),     // Kristi himmelfartsdag
            easter.AddDays(50),     // 2. pinsedag
            new(year, 6, 5),        // grundlovsdag: a day off under the public-sector agreements
            new(year, 12, 24),      // juleaftensdag: likewise
            new(year, 12, 25),      // juledag
            new(year, 12, 26),      // 2. juledag
            new(year, 12, 31),      // nytårsaftensdag: likewise
        };
        if (year <= LastYearWithGreatPrayerDay)
        {
            days.Add(easter.AddDays(26));
        }

        return days;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
