using CtiPlatform.ServiceDefaults.Security;

namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// Changes to a course through the lifecycle's commands: her expected move-out before she moves in, what the course ends
/// to, an extension with its reason (the team lead's decision, decision 414) and an early end with its reason.
/// The service decides what is allowed when; its refusals come back next to the fields of the form that was sent.
/// </summary>
public sealed class CourseCommandsModel(GatewayClient gateway) : PageModel
{
    /// <summary>The lifecycle's extension reasons (<c>ExtensionReason</c>), in its order.</summary>
    public static IReadOnlyList<(string Value, string Label)> ExtensionReasons { get; } =
    [
        ("OngoingThreat", CourseSafetyTexts.ExtensionReasonOngoingThreat), ("HousingNotInPlace", CourseSafetyTexts.ExtensionReasonHousingNotInPlace),
        ("Health", CourseSafetyTexts.ExtensionReasonHealth), ("Other", CourseSafetyTexts.ExtensionReasonOther),
    ];

    /// <summary>Why a course ends early (<c>CourseClosureReason</c> without <c>Completed</c>, which is the ordinary end).</summary>
    public static IReadOnlyList<(string Value, string Label)> ClosureReasons { get; } =
    [
        ("Declined", CourseSafetyTexts.ClosureReasonDeclined), ("MovedToAnotherMunicipality", CourseSafetyTexts.ClosureReasonMovedToAnotherMunicipality),
        ("ReturnedToPerpetrator", CourseSafetyTexts.ClosureReasonReturnedToPerpetrator), ("ReadmittedToShelter", CourseSafetyTexts.ClosureReasonReadmittedToShelter),
        ("LostHome", CourseSafetyTexts.ClosureReasonLostHome), ("LostContact", CourseSafetyTexts.ClosureReasonLostContact),
        ("EndedEarlyByAgreement", CourseSafetyTexts.ClosureReasonEndedEarlyByAgreement), ("MovedForSafety", CourseSafetyTexts.ClosureReasonMovedForSafety),
        ("Died", CourseSafetyTexts.ClosureReasonDied), ("Other", CourseSafetyTexts.ClosureReasonOther),
    ];

    /// <summary>The support she goes on to (<c>CourseEndsTo</c>), in its order.</summary>
    public static IReadOnlyList<(string Value, string Label)> EndsToOptions { get; } =
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
    public FormState Form(string name) => Sent == name ? Sending : FormState.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostMoveOutAsync(Guid id, CancellationToken ct) =>
        SendAsync(id, "moveOut", HttpMethod.Put, "expected-move-out", [("expectedMoveOutDate", FieldKind.Date)], ct);

    public Task<IActionResult> OnPostEndsToAsync(Guid id, CancellationToken ct) =>
        SendAsync(id, "endsTo", HttpMethod.Put, "ends-to", [("endsTo", FieldKind.Text)], ct);

    public Task<IActionResult> OnPostExtendAsync(Guid id, CancellationToken ct) =>
        SendAsync(id, "extend", HttpMethod.Post, "extensions", [("months", FieldKind.Number), ("category", FieldKind.Text), ("reason", FieldKind.Text)], ct);

    public Task<IActionResult> OnPostEndAsync(Guid id, CancellationToken ct) =>
        SendAsync(id, "end", HttpMethod.Post, "closure",
            [("reason", FieldKind.Text), ("endsTo", FieldKind.Text), ("note", FieldKind.Text), ("endedOn", FieldKind.Date)], ct);

    private async Task<IActionResult> SendAsync(
        Guid id, string form, HttpMethod method, string path, (string Path, FieldKind Kind)[] fields, CancellationToken ct)
    {
        Sent = form;
        Sending = FormState.From(Request.Form);
        JsonNode body = FormJson.Build(Sending, fields);
        var address = $"/api/courses/{id}/{path}";
        var answer = method == HttpMethod.Put
            ? await gateway.PutAsync<JsonElement>(address, body, ct)
            : await gateway.PostAsync<JsonElement>(address, body, ct);
        return await this.AfterAsync(
            answer,
            problem => Sending = Sending.WithProblem(problem),
            () => LoadAsync(id, ct),
            () => RedirectToPage(new { id, done = form }));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Course = (await gateway.GetAsync<CourseDetails>($"/api/courses/{id}", ct)).Value;
        return Course is not null;
    }
}
