using CtiPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Persistence.AccessLogging;

/// <summary>The tenant admin's view of a service's access log.</summary>
public static class AccessLogApi
{
    /// <summary>Maps <c>GET {prefix}/access-log</c> for tenant admins, within a tenant unit of work.</summary>
    public static RouteGroupBuilder MapAccessLogApi<TContext>(this IEndpointRouteBuilder routes, string prefix)
        where TContext : ServiceDbContext
    {
        var api = routes.MapGroup(prefix + "/access-log")
            .WithTags("Access log")
            .RequireAuthorization(Policies.TenantAdmin)
            .WithUnitOfWork<TContext>();
        api.MapGet("/", AccessLogQuery<TContext>.HandleAsync).WithName("QueryAccessLog" + prefix.Replace("/", "-", StringComparison.Ordinal))
            .WithSummary("Who read or changed personal data, newest first");
        return api;
    }
}
