using CtiPlatform.Notifications.Domain;

namespace CtiPlatform.Notifications.Tests;

/// <summary>When a daily digest goes, in Danish local time across the clock changes (decision 712); no infrastructure.</summary>
public sealed class DigestClockTests
{
    [Theory]
    [InlineData("2027-01-10T06:45:00Z", "07:30", "2027-01-11T06:30:00Z")] // winter: 07:30 is 06:30 UTC, tomorrow as it is 07:45 now
    [InlineData("2027-01-10T05:00:00Z", "07:30", "2027-01-10T06:30:00Z")] // still today
    [InlineData("2027-07-10T05:00:00Z", "07:30", "2027-07-10T05:30:00Z")] // summer: 07:30 is 05:30 UTC
    [InlineData("2027-03-27T12:00:00Z", "07:30", "2027-03-28T05:30:00Z")] // the night the clocks go forward
    [InlineData("2027-10-30T12:00:00Z", "07:30", "2027-10-31T06:30:00Z")] // the night the clocks go back
    [InlineData("2027-03-27T12:00:00Z", "02:30", "2027-03-28T01:30:00Z")] // 02:30 does not exist that night: an hour later by the clock, 03:30
    [InlineData("2027-10-30T12:00:00Z", "02:30", "2027-10-31T00:30:00Z")] // 02:30 comes twice that night: the first, once
    [InlineData("2027-10-31T00:30:00Z", "02:30", "2027-11-01T01:30:00Z")] // and not again at the second 02:30
    public void The_digest_goes_the_next_time_her_chosen_time_shows_on_the_clock_in_denmark(string now, string at, string expected)
    {
        var next = DigestClock.NextAfter(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(at, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }
}
