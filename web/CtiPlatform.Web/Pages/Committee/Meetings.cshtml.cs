namespace CtiPlatform.Web.Pages.Committee;

/// <summary>
/// The committee's meetings: the recent ones (a decision is recorded for a meeting already held, decision 026) and
/// the next ones, each leading to its agenda.
/// </summary>
public sealed class MeetingsModel(GatewayClient gateway, TimeProvider clock) : PageModel
{
    // Monthly at the least, so the last five weeks hold the last meeting held.
    private const int DaysBack = 35;

    public IReadOnlyList<DateOnly> Meetings { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = Display.Today(clock);
        Meetings = (await gateway.GetAsync<DateOnly[]>($"/api/referrals/committee/meetings?from={Display.Iso(Today.AddDays(-DaysBack))}&count=10", ct)).Value ?? [];
    }
}
