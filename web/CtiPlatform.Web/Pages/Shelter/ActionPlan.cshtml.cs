namespace CtiPlatform.Web.Pages.Shelter;

/// <summary>
/// Attaching the § 141 action plan to a referral: the file is posted to this page as multipart and forwarded as the raw
/// body of <c>PUT /api/referrals/{id}/action-plan</c>; the service alone judges type and size (decision 028), and its
/// refusal is shown next to the file field. The uploader's file name is not sent on.
/// </summary>
// A scanned plan is often more than the 1 MB the platform's edge allows any other request (decision 821).
[RequestSizeLimit(RequestLimit)]
public sealed class ActionPlanModel(GatewayClient gateway) : PageModel
{
    /// <summary>The page's own limit: over the platform's 5 MB top (decision 028), so a larger plan is refused at its field.</summary>
    public const long RequestLimit = 8 * 1024 * 1024;

    public FormState Form { get; private set; } = FormState.Empty;

    [BindProperty(SupportsGet = true)]
    public bool Attached { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(Guid id, IFormFile? actionPlan, CancellationToken ct)
    {
        // No file chosen is sent as an empty body, so the service's own refusal (ActionPlanRequired) names the field.
        await using var document = actionPlan?.OpenReadStream() ?? Stream.Null;
        var answer = await gateway.PutDocumentAsync<JsonElement>($"/api/referrals/{id}/action-plan", document, "application/pdf", ct);
        if (answer.NotFound)
        {
            return NotFound();
        }

        if (answer.Problem is { } problem)
        {
            // Over the platform's top the gateway refuses the plan (413) before the service, which alone names a field.
            Form = FormState.Empty.WithProblem(problem.Status == StatusCodes.Status413PayloadTooLarge
                ? problem with { Errors = new Dictionary<string, string[]> { ["actionPlan"] = [ShelterTexts.ActionPlanTooLarge] } }
                : problem);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        return RedirectToPage(new { id, attached = true });
    }
}
