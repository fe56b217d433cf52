using System.Security.Claims;
using CtiPlatform.ServiceDefaults.Security;

namespace CtiPlatform.Web.Pages.Inbox;

/// <summary>
/// Who has an inbox: the roles the notifications service sends reminders to (its <c>notification-recipients</c>
/// policy). Other roles get no inbox link, no count and no call (decision 811).
/// </summary>
public static class InboxAccess
{
    public const string Policy = "inbox";

    private static readonly string[] RecipientRoles = [Roles.CtiWorker, Roles.TeamLead];

    public static bool Has(ClaimsPrincipal user) => RecipientRoles.Any(role => user.HasClaim(CtiClaimTypes.Role, role));
}
