namespace CtiPlatform.Referrals.Domain;

/// <summary>
/// The visitation committee's meeting rhythm (seed 001): every <see cref="EarlyIntervalDays"/> days during the
/// first <see cref="EarlyPeriodMonths"/> months of the municipality's use, then monthly on the same day of the
/// month as the first monthly meeting (or the month's last day when it is shorter).
/// </summary>
public sealed record VisitationCalendar(DateOnly FirstMeeting, int EarlyIntervalDays, int EarlyPeriodMonths)
{
    public IEnumerable<DateOnly> MeetingsFrom(DateOnly from)
    {
        var earlyEnd = FirstMeeting.AddMonths(EarlyPeriodMonths);
        var meeting = FirstMeeting;
        while (meeting < earlyEnd)
        {
            if (meeting >= from)
            {
                yield return meeting;
            }

            meeting = meeting.AddDays(EarlyIntervalDays);
        }

        var firstMonthly = meeting;
        for (var month = 0; ; month++)
        {
            var monthly = firstMonthly.AddMonths(month);
            if (monthly >= from)
            {
                yield return monthly;
            }
        }
    }

    public bool IsMeetingDate(DateOnly date) => MeetingsFrom(date).First() == date;
}
