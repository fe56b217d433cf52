using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Persistence;

/// <summary>
/// Runs an endpoint in one database transaction that carries the caller's tenant: everything it reads is
/// filtered by row-level security, and everything it writes commits together, or not at all when the
/// handler fails or answers with an error status.
/// </summary>
internal sealed class UnitOfWorkFilter<TContext> : IEndpointFilter
    where TContext : ServiceDbContext
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var db = context.HttpContext.RequestServices.GetRequiredService<TContext>();
        var cancellationToken = context.HttpContext.RequestAborted;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await next(context);
        if (result is not IStatusCodeHttpResult { StatusCode: >= 400 })
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }
}
