using CtiPlatform.Referrals.Domain;

namespace CtiPlatform.Referrals.Tests;

public sealed class DanishWorkingDaysTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void Easter_sunday_is_computed_for_any_year(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), DanishWorkingDays.EasterSunday(year));

    [Theory]
    [InlineData("2026-01-01")] // nytårsdag
    [InlineData("2026-04-02")] // skærtorsdag
    [InlineData("2026-04-03")] // langfredag
    [InlineData("2026-04-06")] // 2. påskedag
    [InlineData("2026-05-14")] // Kristi himmelfartsdag
    [InlineData("2026-05-25")] // 2. pinsedag
    [InlineData("2026-06-05")] // grundlovsdag
    [InlineData("2026-12-24")] // juleaftensdag
    [InlineData("2026-12-25")] // juledag
    [InlineData("2026-12-31")] // nytårsaftensdag
    [InlineData("2023-05-05")] // store bededag, before it was abolished
    [InlineData("2026-11-07")] // a Saturday
    public void Holidays_agreed_days_off_and_weekends_are_not_working_days(string date) =>
        Assert.False(DanishWorkingDays.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Store_bededag_is_a_working_day_from_2024() =>
        Assert.True(DanishWorkingDays.IsWorkingDay(DanishWorkingDays.EasterSunday(2026).AddDays(26)));

    [Fact]
    public void A_rhythm_meeting_on_a_holiday_or_weekend_is_held_on_the_next_working_day()
    {
        var calendar = new VisitationCalendar(new DateOnly(2026, 12, 24), EarlyIntervalDays: 14, EarlyPeriodMonths: 0);

        // 24 December (juleaftensdag) → Monday 28 December; 24 January 2027 is a Sunday → 25 January.
        Assert.Equal([new DateOnly(2026, 12, 28), new DateOnly(2027, 1, 25), new DateOnly(2027, 2, 24)], calendar.MeetingsFrom(new DateOnly(2026, 12, 1)).Take(3));
    }
}
