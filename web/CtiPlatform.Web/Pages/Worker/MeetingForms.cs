namespace CtiPlatform.Web.Pages.Worker;

/// <summary>The fields of the meeting and contact forms, and the kinds of meeting to choose from with their Danish labels.</summary>
public static class MeetingForms
{
    public static readonly (string Path, FieldKind Kind)[] Meeting =
        [("kind", FieldKind.Text), ("date", FieldKind.Date), ("time", FieldKind.Text), ("durationMinutes", FieldKind.Number), ("notes", FieldKind.Text)];

    public static readonly (string Path, FieldKind Kind)[] Move = [("date", FieldKind.Date), ("time", FieldKind.Text)];

    public static readonly (string Path, FieldKind Kind)[] Outcome = [("durationMinutes", FieldKind.Number), ("notes", FieldKind.Text)];

    private static readonly string[] Kinds = ["HomeVisit", "Office", "Phone", "Video", "AccompaniedVisit", "NetworkMeeting"];

    public static IReadOnlyList<KeyValuePair<string, string>> KindOptions() =>
        [.. Kinds.Select(k => KeyValuePair.Create(k, CourseWorkTexts.ResourceManager.GetString($"MeetingKind{k}", CultureInfo.CurrentUICulture)!))];

    /// <summary>
    /// A time field answers "HH:mm"; the API's time of day is "HH:mm:ss". Anything else is sent as typed, so the service
    /// names the rule it breaks.
    /// </summary>
    public static JsonObject WithSeconds(JsonObject body)
    {
        if (body["time"]?.GetValue<string>() is { Length: 5 } time && TimeOnly.TryParseExact(time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            body["time"] = time + ":00";
        }

        return body;
    }
}
