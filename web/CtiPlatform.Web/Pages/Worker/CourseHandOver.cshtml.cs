namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// The hand-over plan (overdragelsesplan, decision 506): her long-term needs, who supports what after CTI, the one person
/// with the long-term responsibility and the hand-over meetings, saved whole. Lists have a blank row or more to fill
/// (decision 819); rows left empty are not sent, and the rows sent are numbered again so refusals land next to them.
/// </summary>
public sealed class CourseHandOverModel(GatewayClient gateway) : CoursePageModel(gateway)
{
    private static readonly string[] SupporterFields = ["kind", "name", "helpsWith"];
    private static readonly string[] MeetingFields = ["date", "with"];

    // The longest list the service accepts (20 supporters); no form has more rows.
    private const int MaxRows = 20;

    public HandOverPlan? Plan { get; private set; }

    public FormState Form { get; private set; } = FormState.Empty;

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public int NeedRows { get; private set; }

    public int SupporterRows { get; private set; }

    public int MeetingRows { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Form = new FormState(Values(Plan!), new Dictionary<string, string[]>(), null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var posted = FormState.From(Request.Form);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var body = new JsonObject
        {
            ["longTermNeeds"] = Rows(posted, "longTermNeeds", null, values),
            ["supporters"] = Rows(posted, "supporters", SupporterFields, values),
            ["meetings"] = Rows(posted, "meetings", MeetingFields, values),
        };
        var responsible = FormJson.Build(posted, [("responsible.name", FieldKind.Text), ("responsible.role", FieldKind.Text)]);
        if (responsible["responsible"] is { } person)
        {
            body["responsible"] = person.DeepClone();
        }

        values["responsible.name"] = posted.Value("responsible.name");
        values["responsible.role"] = posted.Value("responsible.role");
        Form = new FormState(values, new Dictionary<string, string[]>(), null);
        var sent = (Needs: body["longTermNeeds"]!.AsArray().Count, Supporters: body["supporters"]!.AsArray().Count, Meetings: body["meetings"]!.AsArray().Count);

        var answer = await Gateway.PutAsync<JsonElement>($"/api/tracking/courses/{CourseId}/hand-over-plan", body, ct);
        if (answer.NotFound)
        {
            return NotFound();
        }

        if (answer.Problem is { } problem)
        {
            Form = Form.WithProblem(problem);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            if (!await LoadAsync(ct))
            {
                return NotFound();
            }

            // What she sent is shown again in full, with a blank row after it as before.
            NeedRows = Math.Max(NeedRows, Math.Min(sent.Needs + 1, 10));
            SupporterRows = Math.Max(SupporterRows, Math.Min(sent.Supporters + 1, 20));
            MeetingRows = Math.Max(MeetingRows, Math.Min(sent.Meetings + 1, 10));
            return Page();
        }

        return RedirectToPage(new { id = CourseId, saved = true });
    }

    // The rows with anything typed, in order, numbered again from 0 in both the body and the form shown back.
    private static JsonArray Rows(FormState posted, string list, string[]? fields, Dictionary<string, string> values)
    {
        var rows = new JsonArray();
        for (var i = 0; i < MaxRows; i++)
        {
            if (fields is null)
            {
                var text = posted.Value($"{list}[{i}]").Trim();
                if (text.Length > 0)
                {
                    values[$"{list}[{rows.Count}]"] = text;
                    rows.Add(text);
                }

                continue;
            }

            var row = new JsonObject();
            foreach (var field in fields)
            {
                var text = posted.Value($"{list}[{i}].{field}").Trim();
                if (text.Length > 0)
                {
                    values[$"{list}[{rows.Count}].{field}"] = text;
                    row[field] = text;
                }
            }

            if (row.Count > 0)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private static Dictionary<string, string> Values(HandOverPlan plan)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["responsible.name"] = plan.ResponsibleName ?? "",
            ["responsible.role"] = plan.ResponsibleRole ?? "",
        };
        for (var i = 0; i < plan.LongTermNeeds.Count; i++)
        {
            values[$"longTermNeeds[{i}]"] = plan.LongTermNeeds[i];
        }

        for (var i = 0; i < plan.Supporters.Count; i++)
        {
            values[$"supporters[{i}].kind"] = plan.Supporters[i].Kind;
            values[$"supporters[{i}].name"] = plan.Supporters[i].Name;
            values[$"supporters[{i}].helpsWith"] = plan.Supporters[i].HelpsWith;
        }

        for (var i = 0; i < plan.Meetings.Count; i++)
        {
            values[$"meetings[{i}].date"] = Display.Iso(plan.Meetings[i].Date);
            values[$"meetings[{i}].with"] = plan.Meetings[i].With;
        }

        return values;
    }

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        Plan = (await Gateway.GetAsync<HandOverPlan>($"/api/tracking/courses/{CourseId}/hand-over-plan", ct)).Value;
        if (Plan is null)
        {
            return false;
        }

        // One blank row more than the plan has, a few to start with, never more than the service accepts (decision 506).
        NeedRows = Math.Min(Math.Max(Plan.LongTermNeeds.Count + 1, 3), 10);
        SupporterRows = Math.Min(Math.Max(Plan.Supporters.Count + 1, 2), 20);
        MeetingRows = Math.Min(Math.Max(Plan.Meetings.Count + 1, 2), 10);
        return true;
    }
}
