namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// A course's meetings and unplanned contacts, in Danish local time, and the contact intensity per phase against the
/// method's falling intensity; plan a meeting and register a contact here, act on one meeting on its own page.
/// </summary>
public sealed class CourseMeetingsModel(GatewayClient gateway) : CoursePageModel(gateway)
{
    public const string ContactPrefix = "contact";

    public IReadOnlyList<MeetingRow> Meetings { get; private set; } = [];

    public IReadOnlyList<ContactRow> Contacts { get; private set; } = [];

    public ContactIntensity? Intensity { get; private set; }

    public FormState Form { get; private set; } = FormState.Empty;

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => PageOrNotFoundAsync(ct);

    public async Task<IActionResult> OnPostPlanAsync(CancellationToken ct)
    {
        Form = FormState.From(Request.Form);
        var body = MeetingForms.WithSeconds(FormJson.Build(Form, MeetingForms.Meeting));
        return await SavedAsync(await Gateway.PostAsync<JsonElement>($"/api/tracking/courses/{CourseId}/meetings", body, ct), prefix: null, ct);
    }

    public async Task<IActionResult> OnPostContactAsync(CancellationToken ct)
    {
        Form = FormState.From(Request.Form);
        var body = MeetingForms.WithSeconds(FormPrefix.Body(Form, ContactPrefix, MeetingForms.Meeting));
        return await SavedAsync(await Gateway.PostAsync<JsonElement>($"/api/tracking/courses/{CourseId}/contacts", body, ct), ContactPrefix, ct);
    }

    private Task<IActionResult> SavedAsync(ApiAnswer<JsonElement> answer, string? prefix, CancellationToken ct) =>
        AnswerAsync(
            answer,
            problem => Form = Form.WithProblem(prefix is null ? problem : FormPrefix.Under(problem, prefix)),
            () => RedirectToPage(new { id = CourseId, saved = true }),
            ct);

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        var meetings = (await Gateway.GetAsync<IReadOnlyList<MeetingRow>>($"/api/tracking/courses/{CourseId}/meetings", ct)).Value;
        if (meetings is null)
        {
            return false;
        }

        Meetings = meetings;
        Contacts = (await Gateway.GetAsync<IReadOnlyList<ContactRow>>($"/api/tracking/courses/{CourseId}/contacts", ct)).Value ?? [];
        Intensity = (await Gateway.GetAsync<ContactIntensity>($"/api/tracking/courses/{CourseId}/intensity", ct)).Value;
        return true;
    }
}
