using CtiPlatform.Web.Pages.Committee;

namespace CtiPlatform.Web.Pages.TeamLead;

/// <summary>
/// The team lead hands a running course to another active worker, seeing each worker's caseload, with a reason the
/// referrals service records with the hand-over (access follows the assignment, decision 020).
/// </summary>
public sealed class ReassignModel(GatewayClient gateway) : PageModel
{
    private static readonly (string Path, FieldKind Kind)[] Fields = [("workerId", FieldKind.Text), ("reason", FieldKind.Text)];

    public CourseOwner? Course { get; private set; }

    public IReadOnlyList<WorkerCaseload> Workers { get; private set; } = [];

    public FormState Form { get; private set; } = FormState.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Form = FormState.From(Request.Form);
        var answer = await gateway.PostAsync<JsonElement>($"/api/referrals/{id}/reassign", FormJson.Build(Form, Fields), ct);
        return await this.AfterAsync(
            answer,
            problem => Form = Form.WithProblem(problem),
            () => LoadAsync(id, ct),
            () => Redirect("/team-lead?reassigned=true"));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Course = (await gateway.GetAsync<CourseOwner>($"/api/tracking/courses/{id}", ct)).Value;
        if (Course is null)
        {
            return false;
        }

        var registry = (await gateway.GetAsync<List<RegisteredWorker>>("/api/referrals/workers", ct)).Value ?? [];
        var caseload = ((await gateway.GetAsync<List<WorkerCaseload>>("/api/referrals/caseload", ct)).Value ?? []).ToDictionary(c => c.WorkerId);
        // As on the committee's decision page: a registered worker without courses counts as empty, under the same limit.
        var limit = caseload.Values.Select(c => c.Limit).FirstOrDefault();
        var current = Course.WorkerId;
        Workers = registry.Where(w => w.Active && w.WorkerId != current)
            .Select(w => caseload.TryGetValue(w.WorkerId, out var load) ? load : new WorkerCaseload(w.WorkerId, 0, 0, 0, limit, false))
            .OrderBy(w => w.WeightedLoad).ThenBy(w => w.WorkerId, StringComparer.Ordinal)
            .ToList();
        return true;
    }
}
