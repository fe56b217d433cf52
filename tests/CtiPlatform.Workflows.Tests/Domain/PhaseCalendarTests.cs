using CtiPlatform.Domain;
using CtiPlatform.Workflows.Domain;

namespace CtiPlatform.Workflows.Tests.Domain;

public sealed class PhaseCalendarTests
{
    [Fact]
    public void Move_in_on_31_January_ends_the_phases_on_30_April_31_July_and_31_October()
    {
        var moveIn = new DateOnly(2025, 1, 31);

        Assert.Equal(new DateOnly(2025, 4, 30), PhaseCalendar.PhaseEnd(moveIn, 3, 1));
        Assert.Equal(new DateOnly(2025, 7, 31), PhaseCalendar.PhaseEnd(moveIn, 3, 2));
        Assert.Equal(new DateOnly(2025, 10, 31), PhaseCalendar.PhaseEnd(moveIn, 3, 3));
    }

    [Fact]
    public void Boundaries_are_counted_from_move_in_so_a_short_month_does_not_shorten_later_phases()
    {
        var moveIn = new DateOnly(2024, 11, 30);

        // Chained from 28 February the next boundary would be 28 May; counted from move-in it is 30 May.
        Assert.Equal(new DateOnly(2025, 2, 28), PhaseCalendar.PhaseEnd(moveIn, 3, 1));
        Assert.Equal(new DateOnly(2025, 5, 30), PhaseCalendar.PhaseEnd(moveIn, 3, 2));
        Assert.Equal(new DateOnly(2025, 8, 30), PhaseCalendar.PhaseEnd(moveIn, 3, 3));
    }

    [Fact]
    public void A_month_end_in_a_leap_year_lands_on_29_February()
    {
        Assert.Equal(new DateOnly(2028, 2, 29), PhaseCalendar.PhaseEnd(new DateOnly(2027, 11, 30), 3, 1));
    }

    [Fact]
    public void An_extension_moves_only_the_end_of_phase_3()
    {
        var moveIn = new DateOnly(2025, 1, 31);

        Assert.Equal(new DateOnly(2025, 7, 31), PhaseCalendar.PhaseEnd(moveIn, 3, 2, extensionMonths: 2));
        Assert.Equal(new DateOnly(2025, 12, 31), PhaseCalendar.PhaseEnd(moveIn, 3, 3, extensionMonths: 2));
    }

    [Theory]
    [InlineData("2025-03-29", "2025-03-28T23:00:00Z")]
    [InlineData("2025-03-30", "2025-03-29T23:00:00Z")] // summer time begins at 02:00 that day: midnight is still CET
    [InlineData("2025-03-31", "2025-03-30T22:00:00Z")]
    [InlineData("2025-10-26", "2025-10-25T22:00:00Z")] // winter time begins at 03:00 that day: midnight is still CEST
    [InlineData("2025-10-27", "2025-10-26T23:00:00Z")]
    public void A_Danish_date_begins_at_local_midnight_across_daylight_saving_changes(string date, string instant)
    {
        Assert.Equal(DateTimeOffset.Parse(instant), CopenhagenCalendar.StartOf(DateOnly.Parse(date)));
    }

    [Fact]
    public void The_Danish_date_changes_at_local_midnight_not_at_UTC_midnight()
    {
        Assert.Equal(new DateOnly(2025, 7, 1), CopenhagenCalendar.DateAt(DateTimeOffset.Parse("2025-06-30T22:00:00Z")));
        Assert.Equal(new DateOnly(2025, 6, 30), CopenhagenCalendar.DateAt(DateTimeOffset.Parse("2025-06-30T21:59:59Z")));
    }
}
