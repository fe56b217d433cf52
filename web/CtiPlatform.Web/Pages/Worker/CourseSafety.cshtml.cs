using CtiPlatform.ServiceDefaults.Security;

namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// A course's safety: her safety plan and its versions, whether her address is protected, the address itself only when
/// her worker asks with a purpose (shown on that answer alone, decision 817), and stopping and lifting all contact.
/// </summary>
public sealed class CourseSafetyModel(GatewayClient gateway) : CoursePageModel(gateway)
{
    /// <summary>The plan's sections by their API names (seed 000, ch. 2, decision 604), in the order a plan is talked through.</summary>
    public static IReadOnlyList<(string Name, Func<string> Label)> PlanSections { get; } =
    [
        ("escapeRoute", () => CourseSafetyTexts.PlanEscapeRoute), ("escapeDestination", () => CourseSafetyTexts.PlanEscapeDestination),
        ("emergencyBag", () => CourseSafetyTexts.PlanEmergencyBag), ("lockableRoom", () => CourseSafetyTexts.PlanLockableRoom),
        ("whoToCall", () => CourseSafetyTexts.PlanWhoToCall), ("homeSecurity", () => CourseSafetyTexts.PlanHomeSecurity),
        ("policeMeasures", () => CourseSafetyTexts.PlanPoliceMeasures), ("phoneAndSocialMedia", () => CourseSafetyTexts.PlanPhoneAndSocialMedia),
        ("exPartnerContactAndHandOvers", () => CourseSafetyTexts.PlanExPartnerContactAndHandOvers),
        ("childrenCollection", () => CourseSafetyTexts.PlanChildrenCollection),
    ];

    /// <summary>Why the address is opened: the service's code list (decision 602), never free text.</summary>
    public static IReadOnlyList<(string Code, Func<string> Label)> Purposes { get; } =
    [
        ("HomeVisit", () => CourseSafetyTexts.PurposeHomeVisit), ("EmergencyHelp", () => CourseSafetyTexts.PurposeEmergencyHelp),
        ("HousingMatter", () => CourseSafetyTexts.PurposeHousingMatter), ("ChildrenMatter", () => CourseSafetyTexts.PurposeChildrenMatter),
    ];

    private static readonly (string Path, FieldKind Kind)[] PlanFields =
        [.. PlanSections.Select(s => ($"sections.{s.Name}", FieldKind.Text)), ("reviewOn", FieldKind.Date), ("basedOnVersion", FieldKind.Number)];

    public SafetyOverview? Overview { get; private set; }

    /// <summary>The version shown: the current plan, or the earlier one asked for; null before the first plan.</summary>
    public SafetyPlan? Plan { get; private set; }

    public IReadOnlyList<SafetyPlanVersion> Versions { get; private set; } = [];

    public DisclosedAddress? Disclosed { get; private set; }

    public FormState PlanForm { get; private set; } = FormState.Empty;

    public FormState DiscloseForm { get; private set; } = FormState.Empty;

    public FormState StopForm { get; private set; } = FormState.Empty;

    [BindProperty(SupportsGet = true)]
    public int? Version { get; set; }

    /// <summary>Which command just succeeded (<c>plan</c>, <c>stopped</c>, <c>lifted</c>), for the notice after the redirect.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>Only her own worker may open the address (decision 602); a team lead sees that protection applies.</summary>
    public bool MayOpenAddress => User.HasClaim(CtiClaimTypes.Role, Roles.CtiWorker) && Overview?.AddressProtection is not null;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => PageOrNotFoundAsync(ct);

    public async Task<IActionResult> OnPostPlanAsync(CancellationToken ct)
    {
        PlanForm = FormState.From(Request.Form);
        var body = FormJson.Build(PlanForm, PlanFields);
        body["sections"] ??= new JsonObject();
        return await CommandAsync("safety-plan/versions", body, problem => PlanForm = PlanForm.WithProblem(problem), "plan", ct);
    }

    public async Task<IActionResult> OnPostDiscloseAsync(CancellationToken ct)
    {
        DiscloseForm = FormState.From(Request.Form);
        var answer = await Gateway.PostAsync<DisclosedAddress>(
            $"/api/safety/courses/{CourseId}/protected-address/disclosures", FormJson.Build(DiscloseForm, [("purpose", FieldKind.Text)]), ct);
        if (answer.NotFound)
        {
            return NotFound();
        }

        if (answer.Problem is { } problem)
        {
            DiscloseForm = DiscloseForm.WithProblem(problem);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        else
        {
            // Shown on this answer to the post and nowhere else: no redirect that could carry it, no-store (decision 817).
            Disclosed = answer.Value;
        }

        return await PageOrNotFoundAsync(ct);
    }

    public async Task<IActionResult> OnPostStopAsync(CancellationToken ct)
    {
        StopForm = FormState.From(Request.Form);
        return await CommandAsync("contact-stop", new JsonObject(), problem => StopForm = StopForm.WithProblem(problem), "stopped", ct);
    }

    public async Task<IActionResult> OnPostLiftAsync(CancellationToken ct)
    {
        StopForm = FormState.From(Request.Form);
        return await CommandAsync("contact-stop/lift", FormJson.Build(StopForm, [("reason", FieldKind.Text)]),
            problem => StopForm = StopForm.WithProblem(problem), "lifted", ct);
    }

    private async Task<IActionResult> CommandAsync(string path, JsonObject body, Action<ApiProblem> refused, string done, CancellationToken ct)
    {
        var answer = await Gateway.PostAsync<JsonElement>($"/api/safety/courses/{CourseId}/{path}", body, ct);
        return await AnswerAsync(answer, refused, () => RedirectToPage(new { id = CourseId, done }), ct);
    }

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        Overview = (await Gateway.GetAsync<SafetyOverview>($"/api/safety/courses/{CourseId}", ct)).Value;
        if (Overview is null)
        {
            return false;
        }

        var plan = Version is { } version ? $"safety-plan/versions/{version}" : "safety-plan";
        Plan = (await Gateway.GetAsync<SafetyPlan>($"/api/safety/courses/{CourseId}/{plan}", ct)).Value;
        Versions = (await Gateway.GetAsync<SafetyPlanVersion[]>($"/api/safety/courses/{CourseId}/safety-plan/versions", ct)).Value ?? [];
        if (PlanForm == FormState.Empty && Plan is not null && Version is null)
        {
            // The next version starts from the current one: she revises what stands rather than writing it again.
            PlanForm = new FormState(Plan.Sections.ToDictionary(s => $"sections.{s.Key}", s => s.Value ?? ""), new Dictionary<string, string[]>(), null);
        }

        return true;
    }
}
