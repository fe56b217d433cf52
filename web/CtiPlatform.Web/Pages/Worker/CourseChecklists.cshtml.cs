namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// The four transitions' checklists, exactly as the method lists them plus the municipality's own items; each item
/// ticked on a date (today when left empty) with who ticked it, or the tick taken back (decision 503).
/// </summary>
public sealed class CourseChecklistsModel(GatewayClient gateway) : PageModel
{
    public Guid CourseId { get; private set; }

    public IReadOnlyList<Checklist> Checklists { get; private set; } = [];

    public FormState Form { get; private set; } = FormState.Empty;

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostTickAsync(Guid id, string transition, string key, CancellationToken ct)
    {
        Form = FormState.From(Request.Form);
        var path = $"{transition}.{key}";
        var body = Form.Value($"{path}.tickedOn").Trim() is { Length: > 0 } on ? new JsonObject { ["tickedOn"] = on } : new JsonObject();
        return await AnswerAsync(id, await gateway.PutAsync<JsonElement>(ItemPath(id, transition, key), body, ct), path, ct);
    }

    public async Task<IActionResult> OnPostUntickAsync(Guid id, string transition, string key, CancellationToken ct)
    {
        Form = FormState.From(Request.Form);
        return await AnswerAsync(id, await gateway.DeleteAsync<JsonElement>(ItemPath(id, transition, key), ct), $"{transition}.{key}", ct);
    }

    private static string ItemPath(Guid id, string transition, string key) =>
        $"/api/tracking/courses/{id}/checklists/{Uri.EscapeDataString(transition)}/{Uri.EscapeDataString(key)}";

    private async Task<IActionResult> AnswerAsync(Guid id, ApiAnswer<JsonElement> answer, string prefix, CancellationToken ct)
    {
        return await this.AfterAsync(
            answer,
            problem => Form = Form.WithProblem(FormPrefix.Under(problem, prefix)),
            () => LoadAsync(id, ct),
            () => RedirectToPage(new { id, saved = true }));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        CourseId = id;
        var checklists = (await gateway.GetAsync<IReadOnlyList<Checklist>>($"/api/tracking/courses/{id}/checklists", ct)).Value;
        Checklists = checklists ?? [];
        return checklists is not null;
    }
}
