namespace CtiPlatform.Notifications.Domain;

/// <summary>
/// When a worker's daily digest goes: the next time the clock in Denmark shows the time she chose
/// (docs/decisions/712-daily-digest.md). On the spring change a chosen time between 02:00 and 03:00 does not exist and
/// the digest goes an hour later by the clock (the same instant as by winter time); on the autumn change a repeated
/// time is taken at its first occurrence, so the digest goes once.
/// </summary>
public static class DigestClock
{
    private static readonly TimeZoneInfo Denmark = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    /// <summary>The first instant after <paramref name="now"/> at which it is <paramref name="at"/> in Denmark.</summary>
    public static DateTimeOffset NextAfter(DateTimeOffset now, TimeOnly at)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Denmark).DateTime);
        var candidate = On(today, at);
        return candidate > now ? candidate : On(today.AddDays(1), at);
    }

    private static DateTimeOffset On(DateOnly date, TimeOnly at)
    {
        var local = date.ToDateTime(at, DateTimeKind.Unspecified);
        var offset = Denmark.IsAmbiguousTime(local)
            ? Denmark.GetAmbiguousTimeOffsets(local).Max()
            : Denmark.IsInvalidTime(local) ? Denmark.GetUtcOffset(local.AddHours(-1)) : Denmark.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
