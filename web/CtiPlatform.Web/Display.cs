using System.Globalization;

namespace CtiPlatform.Web;

/// <summary>Dates and times as a Danish user reads them: local Danish time, in the page's culture.</summary>
public static class Display
{
    private static readonly TimeZoneInfo Denmark = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static string Date(DateOnly? date) => date?.ToString("d. MMMM yyyy", CultureInfo.CurrentCulture) ?? "–";

    public static string DateTime(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Denmark).ToString("d. MMMM yyyy HH:mm", CultureInfo.CurrentCulture);
}
