namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// A course's outcome (decision 510): recorded once the course is closed, amended as new versions, her well-being change
/// as computed by the service, and the follow-up a year after closure answered once it is due.
/// </summary>
public sealed class CourseOutcomePageModel(GatewayClient gateway) : CoursePageModel(gateway)
{
    private static readonly (string Path, FieldKind Kind)[] OutcomeFields =
    [
        ("keptHome", FieldKind.YesNo), ("hasSafetyStrategy", FieldKind.YesNo), ("readmittedToShelter", FieldKind.YesNo),
        ("childrenInDayCareOrSchool", FieldKind.YesNo), ("childrenInLeisureActivities", FieldKind.YesNo),
    ];

    public CourseDetails? Course { get; private set; }

    public CourseOutcome? Outcome { get; private set; }

    public FormState Form { get; private set; } = FormState.Empty;

    public FormState FollowUpForm { get; private set; } = FormState.Empty;

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public bool Closed => Course is { Stage: "Closed" };

    public bool FollowUpOpen => Outcome?.FollowUp is { Due: true, StillInOwnHome: null };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (Outcome!.Current is { } current)
        {
            // An amendment starts from the answers that stand.
            Form = new FormState(new Dictionary<string, string>
            {
                ["keptHome"] = Answer(current.KeptHome), ["hasSafetyStrategy"] = Answer(current.HasSafetyStrategy),
                ["readmittedToShelter"] = Answer(current.ReadmittedToShelter), ["childrenInDayCareOrSchool"] = Answer(current.ChildrenInDayCareOrSchool),
                ["childrenInLeisureActivities"] = Answer(current.ChildrenInLeisureActivities),
            }, new Dictionary<string, string[]>(), null);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRecordAsync(CancellationToken ct)
    {
        Form = FormState.From(Request.Form);
        var answer = await Gateway.PutAsync<JsonElement>($"/api/tracking/courses/{CourseId}/outcome", FormJson.Build(Form, OutcomeFields), ct);
        return await DoneAsync(answer, problem => Form = Form.WithProblem(problem), "recorded", ct);
    }

    public async Task<IActionResult> OnPostFollowUpAsync(CancellationToken ct)
    {
        FollowUpForm = FormState.From(Request.Form);
        var answer = await Gateway.PutAsync<JsonElement>(
            $"/api/tracking/follow-ups/{CourseId}", FormJson.Build(FollowUpForm, [("stillInOwnHome", FieldKind.YesNo)]), ct);
        return await DoneAsync(answer, problem => FollowUpForm = FollowUpForm.WithProblem(problem), "followUp", ct);
    }

    private static string Answer(bool? value) => value is { } yes ? (yes ? "true" : "false") : "";

    private Task<IActionResult> DoneAsync(ApiAnswer<JsonElement> answer, Action<ApiProblem> refused, string done, CancellationToken ct) =>
        AnswerAsync(answer, refused, () => RedirectToPage(new { id = CourseId, done }), ct);

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        Course = (await Gateway.GetAsync<CourseDetails>($"/api/courses/{CourseId}", ct)).Value;
        Outcome = Course is null ? null : (await Gateway.GetAsync<CourseOutcome>($"/api/tracking/courses/{CourseId}/outcome", ct)).Value;
        return Outcome is not null;
    }
}
