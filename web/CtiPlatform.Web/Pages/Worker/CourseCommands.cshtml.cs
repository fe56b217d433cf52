using CtiPlatform.ServiceDefaults.Security;

namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// Changes to a course through the lifecycle's commands: her expected move-out before she moves in, what the course ends
/// to, an extension with its reason (the team lead's decision, decision 414) and an early end with its reason.
/// The service decides what is allowed when; its refusals come back next to the fields of the form that was sent.
/// </summary>
public sealed class CourseCommandsModel(GatewayClient gateway) : CoursePageModel(gateway)
{
    // The option lists are computed on each access, not once: their labels are read in the language of the request.
    /// <summary>The lifecycle's extension reasons (<c>ExtensionReason</c>), in its order.</summary>
    public static IReadOnlyList<(string Value, string Label)> ExtensionReasons =>
    [
        ("OngoingThreat", CourseSafetyTexts.ExtensionReasonOngoingThreat), ("HousingNotInPlace", CourseSafetyTexts.ExtensionReasonHousingNotInPlace),
        ("Health", CourseSafetyTexts.ExtensionReasonHealth), ("Other", CourseSafetyTexts.ExtensionReasonOther),
    ];

    /// <summary>Why a course ends early (<c>CourseClosureReason</c> without <c>Completed</c>, which is the ordinary end).</summary>
    public static IReadOnlyList<(string Value, string Label)> ClosureReasons =>
    [
        ("Declined", CourseSafetyTexts.ClosureReasonDeclined), ("MovedToAnotherMunicipality", CourseSafetyTexts.ClosureReasonMovedToAnotherMunicipality),
        ("ReturnedToPerpetrator", CourseSafetyTexts.ClosureReasonReturnedToPerpetrator), ("ReadmittedToShelter", CourseSafetyTexts.ClosureReasonReadmittedToShelter),
        ("LostHome", CourseSafetyTexts.ClosureReasonLostHome), ("LostContact", CourseSafetyTexts.ClosureReasonLostContact),
        ("EndedEarlyByAgreement", CourseSafetyTexts.ClosureReasonEndedEarlyByAgreement), ("MovedForSafety", CourseSafetyTexts.ClosureReasonMovedForSafety),
        ("Died", CourseSafetyTexts.ClosureReasonDied), ("Other", CourseSafetyTexts.ClosureReasonOther),
    ];

    /// <summary>The support she goes on to (<c>CourseEndsTo</c>), in its order.</summary>
    public static IReadOnlyList<(string Value, string Label)> EndsToOptions =>
    [
        ("MunicipalCaseworker", CourseSafetyTexts.EndsToMunicipalCaseworker), ("Section85Support", CourseSafetyTexts.EndsToSection85Support),
        ("CoordinatingCounselling", CourseSafetyTexts.EndsToCoordinatingCounselling), ("OtherSupport", CourseSafetyTexts.EndsToOtherSupport),
        ("NoSupport", CourseSafetyTexts.EndsToNoSupport), ("Unknown", CourseSafetyTexts.EndsToUnknown),
    ];

    public CourseDetails? Course { get; private set; }

    /// <summary>The form that was sent (<c>moveOut</c>, <c>endsTo</c>, <c>extend</c>, <c>end</c>), whose values and refusals are shown again.</summary>
    public string? Sent { get; private set; }

    public FormState Sending { get; private set; } = FormState.Empty;

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public bool Running => Course is { Stage: not "Closed" };

    public bool IsTeamLead => User.HasClaim(CtiClaimTypes.Role, Roles.TeamLead);

    /// <summary>The form's state: what was sent and refused for the form that was sent, empty for the others.</summary>
    /// <summary>
    /// The state of one of the page's forms. The early end asks for a <c>reason</c> and an <c>endsTo</c> as the extension
    /// and the ends-to forms do, so its element ids, and its summary's links, carry "end-".
    /// </summary>
    public FormState Form(string name) => (Sent == name ? Sending : FormState.Empty).WithIdPrefix(name == "end" ? "end-" : "");

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => PageOrNotFoundAsync(ct);

    public Task<IActionResult> OnPostMoveOutAsync(CancellationToken ct) =>
        SendAsync("moveOut", HttpMethod.Put, "expected-move-out", [("expectedMoveOutDate", FieldKind.Date)], ct);

    public Task<IActionResult> OnPostEndsToAsync(CancellationToken ct) =>
        SendAsync("endsTo", HttpMethod.Put, "ends-to", [("endsTo", FieldKind.Text)], ct);

    public Task<IActionResult> OnPostExtendAsync(CancellationToken ct) =>
        SendAsync("extend", HttpMethod.Post, "extensions", [("months", FieldKind.Number), ("category", FieldKind.Text), ("reason", FieldKind.Text)], ct);

    public Task<IActionResult> OnPostEndAsync(CancellationToken ct) =>
        SendAsync("end", HttpMethod.Post, "closure",
            [("reason", FieldKind.Text), ("endsTo", FieldKind.Text), ("note", FieldKind.Text), ("endedOn", FieldKind.Date)], ct);

    private async Task<IActionResult> SendAsync(string form, HttpMethod method, string path, (string Path, FieldKind Kind)[] fields, CancellationToken ct)
    {
        Sent = form;
        Sending = FormState.From(Request.Form);
        JsonNode body = FormJson.Build(Sending, fields);
        var address = $"/api/courses/{CourseId}/{path}";
        var answer = method == HttpMethod.Put
            ? await Gateway.PutAsync<JsonElement>(address, body, ct)
            : await Gateway.PostAsync<JsonElement>(address, body, ct);
        return await AnswerAsync(answer, problem => Sending = Sending.WithProblem(problem), () => RedirectToPage(new { id = CourseId, done = form }), ct);
    }

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        Course = (await Gateway.GetAsync<CourseDetails>($"/api/courses/{CourseId}", ct)).Value;
        return Course is not null;
    }
}
