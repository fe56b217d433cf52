using System.Text.RegularExpressions;

namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// The plan's form: three focus areas of three activities each, named by the API's paths (<c>focusAreas[1].goals</c>,
/// one goal a line). Rows left empty are not sent, so the sent indexes differ from the form's; <see cref="Refusal"/>
/// puts each refusal back on the field it came from.
/// </summary>
public sealed partial class PlanForm
{
    public const int Areas = 3;

    public const int ActivitiesPerArea = 3;

    private static readonly string[] Themes =
        ["PhysicalAndMentalHealth", "Safety", "DailyActivities", "NetworkAndSocialRelations", "Economy", "Housing", "EducationAndEmployment", "Children"];

    private static readonly string[] Statuses = ["NotStarted", "InProgress", "Done", "Dropped"];

    private static readonly string[] Responsibles = ["Her", "Worker", "NetworkPerson"];

    private readonly List<int> sentAreas = [];

    private readonly Dictionary<(int Area, int Activity), int> sentActivities = [];

    private PlanForm(JsonObject body) => Body = body;

    public JsonObject Body { get; }

    public static IReadOnlyList<KeyValuePair<string, string>> ThemeOptions() => Options(Themes, "Theme");

    public static IReadOnlyList<KeyValuePair<string, string>> StatusOptions() => Options(Statuses, "PlanStatus");

    public static IReadOnlyList<KeyValuePair<string, string>> ResponsibleOptions() => Options(Responsibles, "Responsible");

    public static string Area(int area, string field) => $"focusAreas[{area}].{field}";

    public static string Activity(int area, int activity, string field) => $"focusAreas[{area}].activities[{activity}].{field}";

    /// <summary>The form as it stood in <paramref name="version"/>, to edit into the next one.</summary>
    public static FormState From(PlanVersion version)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (area, a) in version.FocusAreas.Take(Areas).Select((area, a) => (area, a)))
        {
            values[Area(a, "theme")] = area.Theme;
            values[Area(a, "status")] = area.Status;
            values[Area(a, "goals")] = string.Join('\n', area.Goals);
            foreach (var (activity, x) in area.Activities.Take(ActivitiesPerArea).Select((activity, x) => (activity, x)))
            {
                values[Activity(a, x, "description")] = activity.Description;
                values[Activity(a, x, "responsible")] = activity.Responsible;
                values[Activity(a, x, "networkPerson")] = activity.NetworkPerson ?? "";
                values[Activity(a, x, "status")] = activity.Status;
            }
        }

        return new FormState(values, new Dictionary<string, string[]>(), null);
    }

    /// <summary>The request body: the areas and activities with anything filled in, in the form's order.</summary>
    public static PlanForm Build(FormState form)
    {
        var areas = new JsonArray();
        var built = new PlanForm(new JsonObject { ["focusAreas"] = areas });
        for (var a = 0; a < Areas; a++)
        {
            var activities = new JsonArray();
            for (var x = 0; x < ActivitiesPerArea; x++)
            {
                var activity = Object(form, [("description", Activity(a, x, "description")), ("responsible", Activity(a, x, "responsible")),
                    ("networkPerson", Activity(a, x, "networkPerson")), ("status", Activity(a, x, "status"))]);
                if (activity.Count > 0)
                {
                    built.sentActivities[(areas.Count, activities.Count)] = x;
                    activities.Add(activity);
                }
            }

            var area = Object(form, [("theme", Area(a, "theme")), ("status", Area(a, "status"))]);
            var goals = form.Value(Area(a, "goals")).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (area.Count == 0 && goals.Length == 0 && activities.Count == 0)
            {
                continue;
            }

            area["goals"] = new JsonArray([.. goals.Select(g => (JsonNode?)JsonValue.Create(g))]);
            area["activities"] = activities;
            built.sentAreas.Add(a);
            areas.Add(area);
        }

        return built;
    }

    /// <summary>The service's refusal with each error on the form's field: sent indexes back to the form's, a goal on the goals field.</summary>
    public ApiProblem Refusal(ApiProblem problem) =>
        problem with { Errors = problem.Errors.GroupBy(e => FormPath(e.Key)).ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray(), StringComparer.Ordinal) };

    private string FormPath(string path)
    {
        if (SentPath().Match(path) is not { Success: true } match)
        {
            return path;
        }

        var sentArea = int.Parse(match.Groups["area"].Value, CultureInfo.InvariantCulture);
        if (sentArea >= sentAreas.Count)
        {
            return "focusAreas";
        }

        var area = sentAreas[sentArea];
        if (match.Groups["activity"].Success)
        {
            var sentActivity = int.Parse(match.Groups["activity"].Value, CultureInfo.InvariantCulture);
            return sentActivities.TryGetValue((sentArea, sentActivity), out var activity)
                ? Activity(area, activity, match.Groups["field"].Value)
                : Area(area, "activities");
        }

        return Area(area, match.Groups["field"].Value);
    }

    private static JsonObject Object(FormState form, (string Name, string Path)[] fields)
    {
        var node = new JsonObject();
        foreach (var (name, path) in fields)
        {
            if (form.Value(path).Trim() is { Length: > 0 } value)
            {
                node[name] = value;
            }
        }

        return node;
    }

    private static KeyValuePair<string, string>[] Options(string[] codes, string prefix) =>
        [.. codes.Select(c => KeyValuePair.Create(c, CourseWorkTexts.ResourceManager.GetString(prefix + c, CultureInfo.CurrentUICulture)!))];

    // focusAreas[1].goals[0] → area 1, field goals; focusAreas[0].activities[2].description → area 0, activity 2, field description.
    [GeneratedRegex(@"^focusAreas\[(?<area>\d+)\](\.activities\[(?<activity>\d+)\])?\.(?<field>[A-Za-z]+)")]
    private static partial Regex SentPath();
}
