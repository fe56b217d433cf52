namespace CtiPlatform.Web.Pages.Admin;

/// <summary>The municipality's reminder e-mail templates: which kinds use its own wording and which the default (decision 705).</summary>
public sealed class TemplatesModel(GatewayClient gateway) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public IReadOnlyList<EmailTemplate> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Items = (await gateway.GetAsync<List<EmailTemplate>>("/api/notifications/templates", ct)).Value ?? [];
}
