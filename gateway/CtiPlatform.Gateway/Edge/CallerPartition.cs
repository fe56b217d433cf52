using CtiPlatform.ServiceDefaults.Security;

namespace CtiPlatform.Gateway.Edge;

/// <summary>
/// Who a request counts against. A shelter's users share their organisation's budget, so one shelter cannot
/// crowd out the others by logging in as many users; everyone else is counted per user; a caller without a
/// token (only on anonymous routes) per address (decision 304). Only the shelter role acts as an organisation
/// (decision 018): another caller carrying a shelter's <c>organisation_id</c> must not spend that shelter's budget.
/// </summary>
internal static class CallerPartition
{
    public static string For(HttpContext context)
    {
        var user = context.User;
        var tenant = user.FindFirst(CtiClaimTypes.Tenant)?.Value;
        if (user.HasClaim(CtiClaimTypes.Role, Roles.Shelter) && user.FindFirst(CtiClaimTypes.Organisation)?.Value is { Length: > 0 } organisation)
        {
            return $"organisation:{tenant}/{organisation}";
        }

        if (user.FindFirst(CtiClaimTypes.Subject)?.Value is { Length: > 0 } subject)
        {
            return $"user:{tenant}/{subject}";
        }

        return $"address:{context.Connection.RemoteIpAddress}";
    }
}
