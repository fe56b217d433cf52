namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// One planned meeting: move it to another Danish date and time, cancel it, or record it held or missed. The service
/// judges each (a meeting not yet begun cannot be held: 409), and a meeting of a course the worker may not see is 404.
/// </summary>
public sealed class CourseMeetingModel(GatewayClient gateway) : PageModel
{
    public const string HeldPrefix = "held";

    public const string MissedPrefix = "missed";

    public Guid CourseId { get; private set; }

    public MeetingRow? Meeting { get; private set; }

    public FormState Form { get; private set; } = FormState.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid meetingId, CancellationToken ct) => await LoadAsync(id, meetingId, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostMoveAsync(Guid id, Guid meetingId, CancellationToken ct) =>
        ActAsync(id, meetingId, "move", f => MeetingForms.WithSeconds(FormJson.Build(f, MeetingForms.Move)), prefix: null, ct);

    public Task<IActionResult> OnPostCancelAsync(Guid id, Guid meetingId, CancellationToken ct) =>
        ActAsync(id, meetingId, "cancel", _ => new JsonObject(), prefix: null, ct);

    public Task<IActionResult> OnPostHeldAsync(Guid id, Guid meetingId, CancellationToken ct) =>
        ActAsync(id, meetingId, "held", f => FormPrefix.Body(f, HeldPrefix, MeetingForms.Outcome), HeldPrefix, ct);

    public Task<IActionResult> OnPostMissedAsync(Guid id, Guid meetingId, CancellationToken ct) =>
        ActAsync(id, meetingId, "missed", f => FormPrefix.Body(f, MissedPrefix, MeetingForms.Outcome), MissedPrefix, ct);

    private async Task<IActionResult> ActAsync(Guid id, Guid meetingId, string action, Func<FormState, JsonObject> body, string? prefix, CancellationToken ct)
    {
        Form = FormState.From(Request.Form);
        var answer = await gateway.PostAsync<JsonElement>($"/api/tracking/courses/{id}/meetings/{meetingId}/{action}", body(Form), ct);
        return await this.AfterAsync(
            answer,
            problem => Form = Form.WithProblem(prefix is null ? problem : FormPrefix.Under(problem, prefix)),
            () => LoadAsync(id, meetingId, ct),
            () => RedirectToPage("/Worker/CourseMeetings", new { id, saved = true }));
    }

    private async Task<bool> LoadAsync(Guid id, Guid meetingId, CancellationToken ct)
    {
        CourseId = id;
        var meetings = (await gateway.GetAsync<IReadOnlyList<MeetingRow>>($"/api/tracking/courses/{id}/meetings", ct)).Value;
        Meeting = meetings?.FirstOrDefault(m => m.Id == meetingId);
        return Meeting is not null;
    }
}
