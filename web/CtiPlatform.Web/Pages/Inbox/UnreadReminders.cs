namespace CtiPlatform.Web.Pages.Inbox;

/// <summary>
/// The unread count in the header of every page: one call to the count endpoint, only for a user with an inbox, never
/// cached, so it drops as soon as she marks a reminder read (decision 811).
/// </summary>
public sealed class UnreadReminders(GatewayClient gateway, IHttpContextAccessor accessor)
{
    public async Task<int?> CountAsync(CancellationToken ct)
    {
        if (accessor.HttpContext?.User is not { Identity.IsAuthenticated: true } user || !InboxAccess.Has(user))
        {
            return null;
        }

        try
        {
            return (await gateway.GetAsync<UnreadCount>("/api/notifications/inbox/unread-count", ct)).Value?.Unread;
        }
        catch (HttpRequestException)
        {
            // The header must not take the page down with it: without notifications the page shows no count.
            return null;
        }
    }
}
