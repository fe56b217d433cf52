namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// A course's meetings and unplanned contacts, in Danish local time, and the contact intensity per phase against the
/// method's falling intensity; plan a meeting and register a contact here, act on one meeting on its own page.
/// </summary>
public sealed class CourseMeetingsModel(GatewayClient gateway) : PageModel
{
    public const string ContactPrefix = "contact";

    public Guid CourseId { get; private set; }

    public IReadOnlyList<MeetingRow> Meetings { get; private set; } = [];

    public IReadOnlyList<ContactRow> Contacts { get; private set; } = [];

    public ContactIntensity? Intensity { get; private set; }

    public FormState Form { get; private set; } = FormState.Empty;

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPlanAsync(Guid id, CancellationToken ct)
    {
        Form = FormState.From(Request.Form);
        var body = MeetingForms.WithSeconds(FormJson.Build(Form, MeetingForms.Meeting));
        return await AnswerAsync(id, await gateway.PostAsync<JsonElement>($"/api/tracking/courses/{id}/meetings", body, ct), prefix: null, ct);
    }

    public async Task<IActionResult> OnPostContactAsync(Guid id, CancellationToken ct)
    {
        Form = FormState.From(Request.Form);
        var body = MeetingForms.WithSeconds(FormPrefix.Body(Form, ContactPrefix, MeetingForms.Meeting));
        return await AnswerAsync(id, await gateway.PostAsync<JsonElement>($"/api/tracking/courses/{id}/contacts", body, ct), ContactPrefix, ct);
    }

    private async Task<IActionResult> AnswerAsync(Guid id, ApiAnswer<JsonElement> answer, string? prefix, CancellationToken ct)
    {
        return await this.AfterAsync(
            answer,
            problem => Form = Form.WithProblem(prefix is null ? problem : FormPrefix.Under(problem, prefix)),
            () => LoadAsync(id, ct),
            () => RedirectToPage(new { id, saved = true }));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        CourseId = id;
        var meetings = (await gateway.GetAsync<IReadOnlyList<MeetingRow>>($"/api/tracking/courses/{id}/meetings", ct)).Value;
        if (meetings is null)
        {
            return false;
        }

        Meetings = meetings;
        Contacts = (await gateway.GetAsync<IReadOnlyList<ContactRow>>($"/api/tracking/courses/{id}/contacts", ct)).Value ?? [];
        Intensity = (await gateway.GetAsync<ContactIntensity>($"/api/tracking/courses/{id}/intensity", ct)).Value;
        return true;
    }
}
