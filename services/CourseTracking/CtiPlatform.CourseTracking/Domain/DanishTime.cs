namespace CtiPlatform.CourseTracking.Domain;

/// <summary>
/// A Danish local date and time of day as an instant (decision 502). A time the spring change skips (02:00-02:59 on
/// the last Sunday of March) does not exist; a time the autumn change repeats is taken at its first occurrence.
/// </summary>
public static class DanishTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    /// <summary>The instant, with Denmark's offset at it; null when the clocks skip that local time.</summary>
    public static DateTimeOffset? At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            return null;
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary><paramref name="instant"/> with Denmark's offset at it, so its date and time read as Danish local time.</summary>
    public static DateTimeOffset InDenmark(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);
}
