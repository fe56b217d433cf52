namespace CtiPlatform.Web.Pages.Committee;

/// <summary>
/// The committee's decision on one referral at one meeting: approve, choosing a worker while seeing her caseload against
/// the municipality's limit, or decline with a reason. Reading the referral is access-logged by the service.
/// </summary>
public sealed class DecideModel(GatewayClient gateway) : PageModel
{
    private static readonly (string Path, FieldKind Kind)[] Fields =
    [
        ("meetingDate", FieldKind.Date), ("participants", FieldKind.List), ("reason", FieldKind.Text),
        ("workerId", FieldKind.Text), ("caseloadOverrideReason", FieldKind.Text),
    ];

    [BindProperty(SupportsGet = true, Name = "meeting")]
    public string? Meeting { get; set; }

    public ReferralDetails? Referral { get; private set; }

    public IReadOnlyList<WorkerCaseload> Workers { get; private set; } = [];

    public FormState Form { get; private set; } = FormState.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        // The agenda's meeting; a referral submitted after a meeting is decided at the next, once it has been held.
        Form = new FormState(new Dictionary<string, string> { ["meetingDate"] = Meeting ?? "", ["agenda"] = Meeting ?? "" }, new Dictionary<string, string[]>(), null);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct) => DecideAsync(id, "approve", ct);

    public Task<IActionResult> OnPostDeclineAsync(Guid id, CancellationToken ct) => DecideAsync(id, "decline", ct);

    private async Task<IActionResult> DecideAsync(Guid id, string decision, CancellationToken ct)
    {
        Form = FormState.From(Request.Form);
        var answer = await gateway.PostAsync<JsonElement>($"/api/referrals/{id}/{decision}", FormJson.Build(Form, Fields), ct);
        return await this.AfterAsync(
            answer,
            problem => Form = Form.WithProblem(problem),
            () => LoadAsync(id, ct),
            () => Redirect($"/committee/agenda/{AgendaDate()}?decided=true"));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var referral = await gateway.GetAsync<ReferralDetails>($"/api/referrals/{id}", ct);
        if (referral.Value is null)
        {
            return false;
        }

        Referral = referral.Value;
        var registry = (await gateway.GetAsync<List<RegisteredWorker>>("/api/referrals/workers", ct)).Value ?? [];
        var caseload = ((await gateway.GetAsync<List<WorkerCaseload>>("/api/referrals/caseload", ct)).Value ?? []).ToDictionary(c => c.WorkerId);
        // A registered worker without courses has no caseload row yet: she counts as empty, under the same limit.
        var limit = caseload.Values.Select(c => c.Limit).FirstOrDefault();
        Workers = registry.Where(w => w.Active)
            .Select(w => caseload.TryGetValue(w.WorkerId, out var load) ? load : new WorkerCaseload(w.WorkerId, 0, 0, 0, limit, false))
            .OrderBy(w => w.WeightedLoad).ThenBy(w => w.WorkerId, StringComparer.Ordinal)
            .ToList();
        return true;
    }

    // Back to the agenda the decision was opened from, if it names a date; else the meeting the decision names.
    private string AgendaDate() =>
        DateOnly.TryParseExact(Form.Value("agenda"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var agenda)
            ? Display.Iso(agenda)
            : Form.Value("meetingDate");

    public static string Load(WorkerCaseload worker) =>
        worker.Limit > 0
            ? string.Format(CultureInfo.CurrentCulture, Resources.WebTexts.CaseloadOfLimit, worker.WeightedLoad, worker.Limit)
            : worker.WeightedLoad.ToString(CultureInfo.CurrentCulture);
}
