using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Persistence;

/// <summary>
/// Runs an endpoint in one database transaction that carries the caller's tenant: everything it reads is
/// filtered by row-level security, and everything it changed is saved and committed together when it answers
/// with success — or nothing at all when it throws or answers with anything else.
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
        if (IsSuccess(result))
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// Success is a status below 400. A <c>Results&lt;…&gt;</c> union is judged by the result it wraps; results
    /// without a status of their own (forbid, challenge) refuse, so they never commit.
    /// </summary>
    private static bool IsSuccess(object? result) => result switch
    {
        INestedHttpResult nested => IsSuccess(nested.Result),
        IStatusCodeHttpResult { StatusCode: { } status } => status < 400,
        ForbidHttpResult or ChallengeHttpResult => false,
        _ => true,
    };
}
