namespace CtiPlatform.Web.Pages.Inbox;

/// <summary>The user's reminders a page at a time, in the service's order, and marking one read.</summary>
public sealed class IndexModel(GatewayClient gateway) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public IReadOnlyList<InboxEntry> Items { get; private set; } = [];

    public string? NextCursor { get; private set; }

    public bool CanOpenCourses => User.HasClaim(ServiceDefaults.Security.CtiClaimTypes.Role, ServiceDefaults.Security.Roles.CtiWorker);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var path = Cursor is null ? "/api/notifications/inbox" : $"/api/notifications/inbox?cursor={Uri.EscapeDataString(Cursor)}";
        var page = (await gateway.GetAsync<PageOf<InboxEntry>>(path, ct)).Value;
        Items = page?.Items ?? [];
        NextCursor = page?.NextCursor;
    }

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken ct)
    {
        var answer = await gateway.PostAsync<JsonElement>($"/api/notifications/inbox/{id}/read", new System.Text.Json.Nodes.JsonObject(), ct);
        return answer.NotFound ? NotFound() : Redirect(Cursor is null ? "/inbox" : $"/inbox?cursor={Uri.EscapeDataString(Cursor)}");
    }
}
