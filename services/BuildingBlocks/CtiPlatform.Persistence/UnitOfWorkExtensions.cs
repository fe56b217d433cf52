using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CtiPlatform.Persistence;

public static class UnitOfWorkExtensions
{
    /// <summary>
    /// Runs every endpoint of the group in one tenant transaction: reads are filtered by row-level security,
    /// and writes commit together, or not at all when the handler fails or answers with an error status.
    /// </summary>
    public static RouteGroupBuilder WithUnitOfWork<TContext>(this RouteGroupBuilder group)
        where TContext : ServiceDbContext =>
        group.AddEndpointFilter<RouteGroupBuilder, UnitOfWorkFilter<TContext>>();
}
