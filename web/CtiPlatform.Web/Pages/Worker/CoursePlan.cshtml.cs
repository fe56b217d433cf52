namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// The CTI plan: a version's focus areas, goals, activities, who does them and their status (the latest, or an earlier
/// one by <c>?version=</c>), and the form that saves the plan as it now stands as the next version (decision 504).
/// </summary>
public sealed class CoursePlanModel(GatewayClient gateway) : PageModel
{
    public Guid CourseId { get; private set; }

    public CtiPlan? Plan { get; private set; }

    public PlanVersion? Shown { get; private set; }

    public FormState Form { get; private set; } = FormState.Empty;

    [BindProperty(SupportsGet = true)]
    public int? Version { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Version is not null && Shown is null)
        {
            return NotFound();
        }

        Form = Plan!.Versions.Count > 0 ? PlanForm.From(Plan.Versions[0]) : FormState.Empty;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Form = FormState.From(Request.Form);
        var plan = PlanForm.Build(Form);
        var answer = await gateway.PostAsync<JsonElement>($"/api/tracking/courses/{id}/plan", plan.Body, ct);
        return await this.AfterAsync(
            answer,
            problem =>
            {
                Form = Form.WithProblem(plan.Refusal(problem));
                Version = null;
            },
            () => LoadAsync(id, ct),
            () => RedirectToPage(new { id, saved = true }));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        CourseId = id;
        Plan = (await gateway.GetAsync<CtiPlan>($"/api/tracking/courses/{id}/plan", ct)).Value;
        Shown = Plan?.Versions.FirstOrDefault(v => Version is null || v.Version == Version);
        return Plan is not null;
    }
}
