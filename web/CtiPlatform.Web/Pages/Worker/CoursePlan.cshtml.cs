namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// The CTI plan: a version's focus areas, goals, activities, who does them and their status (the latest, or an earlier
/// one by <c>?version=</c>), and the form that saves the plan as it now stands as the next version (decision 504).
/// </summary>
public sealed class CoursePlanModel(GatewayClient gateway) : CoursePageModel(gateway)
{
    public CtiPlan? Plan { get; private set; }

    public PlanVersion? Shown { get; private set; }

    public FormState Form { get; private set; } = FormState.Empty;

    [BindProperty(SupportsGet = true)]
    public int? Version { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
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

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Form = FormState.From(Request.Form);
        var plan = PlanForm.Build(Form);
        var answer = await Gateway.PostAsync<JsonElement>($"/api/tracking/courses/{CourseId}/plan", plan.Body, ct);
        return await AnswerAsync(
            answer,
            problem =>
            {
                Form = Form.WithProblem(plan.Refusal(problem));
                Version = null;
            },
            () => RedirectToPage(new { id = CourseId, saved = true }),
            ct);
    }

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        Plan = (await Gateway.GetAsync<CtiPlan>($"/api/tracking/courses/{CourseId}/plan", ct)).Value;
        Shown = Plan?.Versions.FirstOrDefault(v => Version is null || v.Version == Version);
        return Plan is not null;
    }
}
