namespace CtiPlatform.Web.Pages.Admin;

/// <summary>
/// A setting's value as a tenant admin reads it (decision 820): numbers in her culture, yes/no, dates in Danish, a
/// duration of whole seconds, minutes, hours or days in words, lists joined with commas; anything else as configured.
/// </summary>
public static class SettingValues
{
    public static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => WebTexts.Yes,
        JsonValueKind.False => WebTexts.No,
        JsonValueKind.Number => value.GetDecimal().ToString("#,0.##########", CultureInfo.CurrentCulture),
        JsonValueKind.String => Text(value.GetString()!),
        JsonValueKind.Array => value.GetArrayLength() == 0 ? AdminTexts.SettingNone : string.Join(", ", value.EnumerateArray().Select(Text)),
        // An item of a municipality's own list (a checklist or risk item) is read by its text, not its code.
        JsonValueKind.Object => value.TryGetProperty("text", out var text) ? Text(text) : value.GetRawText(),
        _ => "–",
    };

    private static string Text(string value)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Display.Date(date);
        }

        // The API writes a TimeSpan in its invariant form ("00:00:30", "1.00:00:00"); a plain word never parses as one.
        return value.Contains(':', StringComparison.Ordinal) && TimeSpan.TryParseExact(value, "c", CultureInfo.InvariantCulture, out var duration)
            ? Duration(duration) ?? value
            : value;
    }

    private static string? Duration(TimeSpan duration) => duration switch
    {
        { Ticks: > 0 } when duration.Ticks % TimeSpan.TicksPerDay == 0 => Count((int)duration.TotalDays, AdminTexts.DurationDay, AdminTexts.DurationDays),
        { Ticks: > 0 } when duration.Ticks % TimeSpan.TicksPerHour == 0 => Count((int)duration.TotalHours, AdminTexts.DurationHour, AdminTexts.DurationHours),
        { Ticks: > 0 } when duration.Ticks % TimeSpan.TicksPerMinute == 0 => Count((int)duration.TotalMinutes, AdminTexts.DurationMinute, AdminTexts.DurationMinutes),
        { Ticks: > 0 } when duration.Ticks % TimeSpan.TicksPerSecond == 0 => Count((int)duration.TotalSeconds, AdminTexts.DurationSecond, AdminTexts.DurationSeconds),
        _ => null,
    };

    private static string Count(int count, string one, string many) => count == 1 ? one : string.Format(CultureInfo.CurrentCulture, many, count);
}
