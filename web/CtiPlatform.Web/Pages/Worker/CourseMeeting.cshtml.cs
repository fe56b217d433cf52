namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// One planned meeting: move it to another Danish date and time, cancel it, or record it held or missed. The service
/// judges each (a meeting not yet begun cannot be held: 409), and a meeting of a course the worker may not see is 404.
/// </summary>
public sealed class CourseMeetingModel(GatewayClient gateway) : CoursePageModel(gateway)
{
    public const string HeldPrefix = "held";

    public const string MissedPrefix = "missed";

    /// <summary>The meeting in the address; the route takes only a GUID there (<c>{meetingId:guid}</c>).</summary>
    public Guid MeetingId => Guid.Parse((string)RouteData.Values["meetingId"]!, CultureInfo.InvariantCulture);

    public MeetingRow? Meeting { get; private set; }

    public FormState Form { get; private set; } = FormState.Empty;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => PageOrNotFoundAsync(ct);

    public Task<IActionResult> OnPostMoveAsync(CancellationToken ct) =>
        ActAsync("move", f => MeetingForms.WithSeconds(FormJson.Build(f, MeetingForms.Move)), prefix: null, ct);

    public Task<IActionResult> OnPostCancelAsync(CancellationToken ct) =>
        ActAsync("cancel", _ => new JsonObject(), prefix: null, ct);

    public Task<IActionResult> OnPostHeldAsync(CancellationToken ct) =>
        ActAsync("held", f => FormPrefix.Body(f, HeldPrefix, MeetingForms.Outcome), HeldPrefix, ct);

    public Task<IActionResult> OnPostMissedAsync(CancellationToken ct) =>
        ActAsync("missed", f => FormPrefix.Body(f, MissedPrefix, MeetingForms.Outcome), MissedPrefix, ct);

    private async Task<IActionResult> ActAsync(string action, Func<FormState, JsonObject> body, string? prefix, CancellationToken ct)
    {
        Form = FormState.From(Request.Form);
        var answer = await Gateway.PostAsync<JsonElement>($"/api/tracking/courses/{CourseId}/meetings/{MeetingId}/{action}", body(Form), ct);
        return await AnswerAsync(
            answer,
            problem => Form = Form.WithProblem(prefix is null ? problem : FormPrefix.Under(problem, prefix)),
            () => RedirectToPage("/Worker/CourseMeetings", new { id = CourseId, saved = true }),
            ct);
    }

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        var meetings = (await Gateway.GetAsync<IReadOnlyList<MeetingRow>>($"/api/tracking/courses/{CourseId}/meetings", ct)).Value;
        Meeting = meetings?.FirstOrDefault(m => m.Id == MeetingId);
        return Meeting is not null;
    }
}
