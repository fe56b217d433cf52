using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace CtiPlatform.ServiceDefaults.Security;

internal sealed class KnownTenantHandler(IOptionsMonitor<TenantOptions> tenants) : AuthorizationHandler<KnownTenantRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, KnownTenantRequirement requirement)
    {
        if (tenants.CurrentValue.IsKnown(context.User.FindFirst(CtiClaimTypes.Tenant)?.Value))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
