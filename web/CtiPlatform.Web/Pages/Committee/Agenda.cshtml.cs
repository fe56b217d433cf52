namespace CtiPlatform.Web.Pages.Committee;

/// <summary>One meeting's agenda with the service's eligibility and duplicate warnings; no personal data on the list.</summary>
public sealed class AgendaModel(GatewayClient gateway) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Decided { get; set; }

    public DateOnly MeetingDate { get; private set; }

    public IReadOnlyList<AgendaRow> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string meetingDate, CancellationToken ct)
    {
        if (!TryDate(meetingDate))
        {
            return NotFound();
        }

        Items = (await gateway.GetAsync<List<AgendaRow>>($"/api/referrals/committee/agenda/{Display.Iso(MeetingDate)}", ct)).Value ?? [];
        return Page();
    }

    /// <summary>Puts every referral submitted before the meeting on its agenda, then shows it again.</summary>
    public async Task<IActionResult> OnPostAsync(string meetingDate, CancellationToken ct)
    {
        if (!TryDate(meetingDate))
        {
            return NotFound();
        }

        await gateway.PostAsync<JsonElement>("/api/referrals/committee/agenda", new JsonObject { ["meetingDate"] = Display.Iso(MeetingDate) }, ct);
        return RedirectToPage(new { meetingDate = Display.Iso(MeetingDate) });
    }

    private bool TryDate(string text)
    {
        var parsed = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        MeetingDate = date;
        return parsed;
    }
}
