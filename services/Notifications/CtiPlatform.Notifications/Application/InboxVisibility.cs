using CtiPlatform.Notifications.Domain;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;

namespace CtiPlatform.Notifications.Application;

/// <summary>A reader sees the entries addressed to her, and a team lead also those addressed to the team leads. Others are absent (404).</summary>
internal static class InboxVisibility
{
    public static IQueryable<InboxEntry> VisibleTo(this IQueryable<InboxEntry> entries, TenantContext caller)
    {
        var actor = caller.ActorId;
        if (actor is null)
        {
            return entries.Where(_ => false);
        }

        return caller.Roles.Contains(Roles.TeamLead)
            ? entries.Where(e => e.RecipientId == actor || e.RecipientRole == Roles.TeamLead)
            : entries.Where(e => e.RecipientId == actor);
    }

    /// <summary>A reader sees only her own deliveries.</summary>
    public static IQueryable<Delivery> VisibleTo(this IQueryable<Delivery> deliveries, TenantContext caller)
    {
        var actor = caller.ActorId;
        return actor is null ? deliveries.Where(_ => false) : deliveries.Where(d => d.RecipientId == actor);
    }
}
