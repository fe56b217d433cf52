namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// The four transitions' checklists, exactly as the method lists them plus the municipality's own items; each item
/// ticked on a date (today when left empty) with who ticked it, or the tick taken back (decision 503).
/// </summary>
public sealed class CourseChecklistsModel(GatewayClient gateway) : CoursePageModel(gateway)
{
    public IReadOnlyList<Checklist> Checklists { get; private set; } = [];

    public FormState Form { get; private set; } = FormState.Empty;

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => PageOrNotFoundAsync(ct);

    public async Task<IActionResult> OnPostTickAsync(string transition, string key, CancellationToken ct)
    {
        Form = FormState.From(Request.Form);
        var path = $"{transition}.{key}";
        var body = Form.Value($"{path}.tickedOn").Trim() is { Length: > 0 } on ? new JsonObject { ["tickedOn"] = on } : new JsonObject();
        return await SavedAsync(await Gateway.PutAsync<JsonElement>(ItemPath(transition, key), body, ct), path, ct);
    }

    public async Task<IActionResult> OnPostUntickAsync(string transition, string key, CancellationToken ct)
    {
        Form = FormState.From(Request.Form);
        return await SavedAsync(await Gateway.DeleteAsync<JsonElement>(ItemPath(transition, key), ct), $"{transition}.{key}", ct);
    }

    private string ItemPath(string transition, string key) =>
        $"/api/tracking/courses/{CourseId}/checklists/{Uri.EscapeDataString(transition)}/{Uri.EscapeDataString(key)}";

    private Task<IActionResult> SavedAsync(ApiAnswer<JsonElement> answer, string prefix, CancellationToken ct) =>
        AnswerAsync(answer, problem => Form = Form.WithProblem(FormPrefix.Under(problem, prefix)), () => RedirectToPage(new { id = CourseId, saved = true }), ct);

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        var checklists = (await Gateway.GetAsync<IReadOnlyList<Checklist>>($"/api/tracking/courses/{CourseId}/checklists", ct)).Value;
        Checklists = checklists ?? [];
        return checklists is not null;
    }
}
