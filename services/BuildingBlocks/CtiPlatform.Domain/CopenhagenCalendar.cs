namespace CtiPlatform.Domain;

/// <summary>
/// The course calendar runs on Danish local dates (docs/decisions/402-danish-local-dates-and-dst.md): a date
/// begins at local midnight in Europe/Copenhagen, whatever the host's own time zone.
/// </summary>
public static class CopenhagenCalendar
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    /// <summary>The Danish date at <paramref name="instant"/>.</summary>
    public static DateOnly DateAt(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>
    /// The instant <paramref name="date"/> begins in Denmark. Midnight always exists and is unambiguous there:
    /// the clocks change at 02:00 and 03:00, so the offset at 00:00 is the day's first offset.
    /// </summary>
    public static DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
