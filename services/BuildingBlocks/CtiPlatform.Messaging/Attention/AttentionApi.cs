using CtiPlatform.Persistence;
using CtiPlatform.Persistence.Paging;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Messaging.Attention;

/// <summary>The team lead's list of courses or referrals a consumer could not bring up to date.</summary>
public static class AttentionApi
{
    /// <summary>Maps <c>GET {prefix}/attention</c> for team leads, within a tenant unit of work.</summary>
    public static RouteGroupBuilder MapAttentionApi<TContext>(this IEndpointRouteBuilder routes, string prefix)
        where TContext : ServiceDbContext
    {
        var api = routes.MapGroup(prefix + "/attention")
            .WithTags("Needs attention")
            .RequireAuthorization(Policies.TeamLead)
            .WithUnitOfWork<TContext>();
        api.MapGet("/", ListAsync<TContext>).Validates<PageRequest>()
            .WithName("ListNeedsAttention" + prefix.Replace("/", "-", StringComparison.Ordinal))
            .WithSummary("Courses or referrals an event could not be applied to, a page at a time; ids and reason codes only");
        return api;
    }

    private static async Task<Ok<Page<AttentionItemView>>> ListAsync<TContext>(HttpContext http, [AsParameters] PageRequest page, CancellationToken ct)
        where TContext : ServiceDbContext
    {
        // Resolved here rather than bound as a parameter: the route analyzer cannot handle a generic parameter type.
        var db = http.RequestServices.GetRequiredService<TContext>();
        var items = await db.Set<AttentionItem>().AsNoTracking().ToPageAsync(a => a.Id, page, ct);
        return TypedResults.Ok(items.Map(a => new AttentionItemView(a.Id, a.SubjectId, a.MessageType, a.Reason, a.RecordedAt)));
    }
}
