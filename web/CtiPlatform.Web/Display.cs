namespace CtiPlatform.Web;

/// <summary>Dates and times as a Danish user reads them: local Danish time, in the page's culture.</summary>
public static class Display
{
    private static readonly TimeZoneInfo Denmark = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static string Date(DateOnly? date) => date?.ToString("d. MMMM yyyy", CultureInfo.CurrentCulture) ?? "–";

    /// <summary>A date as the API and the addresses spell it.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Today in Denmark, the day the services count dates by.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Denmark).Date);

    public static string DateTime(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Denmark).ToString("d. MMMM yyyy HH:mm", CultureInfo.CurrentCulture);
}
