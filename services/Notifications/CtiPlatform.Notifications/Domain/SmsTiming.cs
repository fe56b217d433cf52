namespace CtiPlatform.Notifications.Domain;

/// <summary>
/// When the SMS the day before a meeting goes (docs/decisions/708-sms-the-day-before-a-meeting.md), in Danish local time
/// whatever the host's zone, across daylight-saving changes: on the Danish day before the meeting at the meeting's own time
/// of day; outside her safe hours at the start of her next window if that is still the day before, otherwise at the start
/// of her window on the day before; never in the past and never on the meeting's own day, as every wording says
/// "i morgen". Null when no safe moment is left on the day before.
/// </summary>
public static class SmsTiming
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static DateTimeOffset? DueAt(DateTimeOffset startsAt, TimeOnly safeFrom, TimeOnly safeUntil, DateTimeOffset now)
    {
        var meeting = Local(startsAt);
        var dayBefore = DateOnly.FromDateTime(meeting).AddDays(-1);
        var anchor = At(dayBefore, TimeOnly.FromDateTime(meeting));
        var candidate = anchor < now ? now : anchor;
        var local = Local(candidate);
        if (!Inside(TimeOnly.FromDateTime(local), safeFrom, safeUntil))
        {
            var date = DateOnly.FromDateTime(local);
            candidate = At(TimeOnly.FromDateTime(local) < safeFrom ? date : date.AddDays(1), safeFrom);
        }

        if (DateOnly.FromDateTime(Local(candidate)) == dayBefore && candidate >= now)
        {
            return candidate;
        }

        var windowOfTheDayBefore = At(dayBefore, safeFrom);
        return windowOfTheDayBefore >= now ? windowOfTheDayBefore : null;
    }

    /// <summary>Whether <paramref name="time"/> lies in the window; <paramref name="until"/> before <paramref name="from"/> crosses midnight.</summary>
    public static bool Inside(TimeOnly time, TimeOnly from, TimeOnly until) =>
        until > from ? time >= from && time < until : time >= from || time < until;

    private static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>
    /// The instant a Danish wall-clock time happens: a time the spring change skips is taken an hour later (as the clock
    /// reads then), a time the autumn change repeats is taken at its first occurrence.
    /// </summary>
    private static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
