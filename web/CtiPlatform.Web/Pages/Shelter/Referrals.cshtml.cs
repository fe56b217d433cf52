namespace CtiPlatform.Web.Pages.Shelter;

/// <summary>The status of the referrals the user's shelter submitted; the service shows a shelter nothing else.</summary>
public sealed class ReferralsModel(GatewayClient gateway) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Submitted { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public IReadOnlyList<ReferralStatusRow> Items { get; private set; } = [];

    public string? NextCursor { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var path = Cursor is null ? "/api/referrals/submitted" : $"/api/referrals/submitted?cursor={Uri.EscapeDataString(Cursor)}";
        var page = (await gateway.GetAsync<PageOf<ReferralStatusRow>>(path, ct)).Value;
        Items = page?.Items ?? [];
        NextCursor = page?.NextCursor;
    }
}
