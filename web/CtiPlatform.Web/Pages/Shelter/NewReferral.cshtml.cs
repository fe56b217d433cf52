namespace CtiPlatform.Web.Pages.Shelter;

/// <summary>
/// The referral form: her details, the six target-group criteria each with its justification, her situation and the
/// shelter's contact. The service decides what is valid; its problem details come back next to the fields.
/// </summary>
public sealed class NewReferralModel(GatewayClient gateway) : PageModel
{
    // Computed on each access, not once: the texts are read in the language of the request.
    /// <summary>The six criteria of seed 001, in the service's order (enum values 1–6).</summary>
    public static IReadOnlyList<string> Criteria =>
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

    // The service takes at most 20 children (SubmitReferralValidator.MaxChildren).
    private const int MaxChildRows = 20;

    public FormState Form { get; private set; } = FormState.Empty;

    /// <summary>How many rows of children moving with her the form shows; none until the shelter adds one (decision 819).</summary>
    public int ChildRows { get; private set; }

    public void OnGet()
    {
    }

    /// <summary>"Tilføj barn": the form again as typed, with one more empty row for a child, nothing sent (decision 819).</summary>
    public IActionResult OnPostAddChild()
    {
        var rows = PostedChildRows();
        Form = FormState.From(Request.Form);
        ChildRows = Math.Min(rows + 1, MaxChildRows);
        return Page();
    }

    /// <summary>"Fjern barn n": the form again without that row, the rows after it moved up.</summary>
    public IActionResult OnPostRemoveChild(int removeChild)
    {
        var rows = PostedChildRows();
        var values = Request.Form.Where(f => !f.Key.StartsWith("__", StringComparison.Ordinal) && !f.Key.StartsWith("children[", StringComparison.Ordinal))
            .ToDictionary(f => f.Key, f => f.Value.ToString());
        for (int from = 0, to = 0; from < rows; from++)
        {
            if (from == removeChild)
            {
                continue;
            }

            values[$"children[{to}].firstName"] = Request.Form[$"children[{from}].firstName"].ToString();
            values[$"children[{to}].age"] = Request.Form[$"children[{from}].age"].ToString();
            to++;
        }

        Form = new FormState(values, new Dictionary<string, string[]>(), null);
        ChildRows = removeChild >= 0 && removeChild < rows ? rows - 1 : rows;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ChildRows = PostedChildRows();
        Form = FormState.From(Request.Form);
        var body = FormJson.Build(Form, [.. Fields, .. ChildFields(ChildRows)]);
        var answer = await gateway.PostAsync<JsonElement>("/api/referrals", body, ct);
        if (answer.Problem is { } problem)
        {
            Form = Form.WithProblem(problem);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        // Post, redirect, get: a reload does not submit her referral twice, and the address names nothing of hers.
        return RedirectToPage("/Shelter/Referrals", new { submitted = true });
    }

    private static IEnumerable<(string Path, FieldKind Kind)> ChildFields(int rows) =>
        Enumerable.Range(0, rows).SelectMany(i => new[] { ($"children[{i}].firstName", FieldKind.Text), ($"children[{i}].age", FieldKind.Number) });

    // Every row is posted with its first name, typed or not, so the posted keys tell how many rows the form had.
    private int PostedChildRows()
    {
        var rows = 0;
        while (rows < MaxChildRows && Request.Form.ContainsKey($"children[{rows}].firstName"))
        {
            rows++;
        }

        return rows;
    }
}
