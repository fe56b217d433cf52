using System.Text.Json;
using CtiPlatform.Web.Forms;
using CtiPlatform.Web.Gateway;
using CtiPlatform.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CtiPlatform.Web.Pages.Shelter;

/// <summary>
/// The referral form: her details, the six target-group criteria each with its justification, her situation and the
/// shelter's contact. The service decides what is valid; its problem details come back next to the fields.
/// </summary>
public sealed class NewReferralModel(GatewayClient gateway) : PageModel
{
    /// <summary>The six criteria of seed 001, in the service's order (enum values 1–6).</summary>
    public static IReadOnlyList<string> Criteria { get; } =
    [
        WebTexts.CriterionRiskOfReturn, WebTexts.CriterionDifficultyCopingAtHome, WebTexts.CriterionWeakLabourMarketAttachment,
        WebTexts.CriterionLittleNetwork, WebTexts.CriterionPoorWellBeing, WebTexts.CriterionMovesIntoOwnHome,
    ];

    private static readonly (string Path, FieldKind Kind)[] Fields =
    [
        ("woman.name", FieldKind.Text), ("woman.dateOfBirth", FieldKind.Date), ("woman.cpr", FieldKind.Text), ("woman.phone", FieldKind.Text),
        ("woman.preferredLanguage", FieldKind.Text), ("woman.interpreterNeeded", FieldKind.YesNo),
        .. Enumerable.Range(0, 6).SelectMany(i => new[]
        {
            ($"criteria[{i}].criterion", FieldKind.Number), ($"criteria[{i}].met", FieldKind.YesNo), ($"criteria[{i}].justification", FieldKind.Text),
        }),
        ("actionPlanDate", FieldKind.Date), ("expectedMoveOutDate", FieldKind.Date), ("consentToShareHistory", FieldKind.YesNo),
        ("shelterContact.name", FieldKind.Text), ("shelterContact.phone", FieldKind.Text),
        ("situation.wantsCti", FieldKind.YesNo), ("situation.shelterEnteredOn", FieldKind.Date), ("situation.homeAllocated", FieldKind.YesNo),
        ("situation.homeAvailableFrom", FieldKind.Date), ("situation.protectedAddress", FieldKind.YesNo), ("situation.smsSafe", FieldKind.YesNo),
    ];

    public FormState Form { get; private set; } = FormState.Empty;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Form = FormState.From(Request.Form);
        var answer = await gateway.PostAsync<JsonElement>("/api/referrals", FormJson.Build(Form, Fields), ct);
        if (answer.Problem is { } problem)
        {
            Form = Form.WithProblem(problem);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        // Post, redirect, get: a reload does not submit her referral twice, and the address names nothing of hers.
        return RedirectToPage("/Shelter/Referrals", new { submitted = true });
    }
}
