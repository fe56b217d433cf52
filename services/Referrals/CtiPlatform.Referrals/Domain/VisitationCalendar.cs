namespace CtiPlatform.Referrals.Domain;

/// <summary>
/// The visitation committee's meeting rhythm (seed 001): every <see cref="EarlyIntervalDays"/> days during the
/// first <see cref="EarlyPeriodMonths"/> months of the municipality's use, then monthly on the same day of the
/// month as the first monthly meeting (or the month's last day when it is shorter). A rhythm date that is not a
/// working day moves to the next working day; the committee's own <see cref="Changes"/> move a meeting or add one.
/// </summary>
public sealed record VisitationCalendar(DateOnly FirstMeeting, int EarlyIntervalDays, int EarlyPeriodMonths)
{
    public IReadOnlyCollection<CommitteeMeeting> Changes { get; init; } = [];

    public IEnumerable<DateOnly> MeetingsFrom(DateOnly from)
    {
        var movedAway = Changes.Where(c => c.MovedFrom is not null).Select(c => c.MovedFrom!.Value).ToHashSet();
        var set = new Queue<DateOnly>(Changes.Select(c => c.MeetingDate).Where(d => d >= from).Order());
        var last = DateOnly.MinValue;
        foreach (var rhythm in RhythmFrom(from).Where(d => !movedAway.Contains(d)))
        {
            while (set.Count > 0 && set.Peek() <= rhythm)
            {
                var own = set.Dequeue();
                if (own > last)
                {
                    yield return last = own;
                }
            }

            if (rhythm > last)
            {
                yield return last = rhythm;
            }
        }
    }

    public bool IsMeetingDate(DateOnly date) => MeetingsFrom(date).First() == date;

    /// <summary>
    /// The rhythm's meetings on working days from <paramref name="from"/>, with no change applied; a moved meeting
    /// names one of these as where it came from.
    /// </summary>
    public IEnumerable<DateOnly> RhythmFrom(DateOnly from)
    {
        var earlyEnd = FirstMeeting.AddMonths(EarlyPeriodMonths);
        var meeting = FirstMeeting;
        var last = DateOnly.MinValue;
        while (meeting < earlyEnd)
        {
            var held = DanishWorkingDays.OnOrAfter(meeting);
            if (held >= from && held > last)
            {
                yield return last = held;
            }

            meeting = meeting.AddDays(EarlyIntervalDays);
        }

        var firstMonthly = meeting;
        for (var month = 0; ; month++)
        {
            var held = DanishWorkingDays.OnOrAfter(firstMonthly.AddMonths(month));
            if (held >= from && held > last)
            {
                yield return last = held;
            }
        }
    }

    public bool IsRhythmDate(DateOnly date) => RhythmFrom(date).First() == date;
}
