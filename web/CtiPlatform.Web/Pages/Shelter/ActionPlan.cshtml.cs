namespace CtiPlatform.Web.Pages.Shelter;

/// <summary>
/// Attaching the § 141 action plan to a referral: the file is posted to this page as multipart and forwarded as the raw
/// body of <c>PUT /api/referrals/{id}/action-plan</c>; the service alone judges type and size (decision 028), and its
/// refusal is shown next to the file field. The uploader's file name is not sent on.
/// </summary>
public sealed class ActionPlanModel(GatewayClient gateway) : PageModel
{
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
            Form = FormState.Empty.WithProblem(problem);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        return RedirectToPage(new { id, attached = true });
    }
}
