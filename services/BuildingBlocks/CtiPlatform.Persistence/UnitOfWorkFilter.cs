using CtiPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CtiPlatform.Persistence;

/// <summary>
/// Runs an endpoint in one database transaction that carries the caller's tenant: everything it reads is
/// filtered by row-level security, and everything it changed is saved and committed together when it answers
/// with success — or nothing at all when it throws or answers with anything else. When a simultaneous request
/// changed the same thing first, it answers 409 <c>ConcurrentChange</c> and writes nothing (decision 608).
/// </summary>
internal sealed class UnitOfWorkFilter<TContext> : IEndpointFilter
    where TContext : ServiceDbContext
{
    // SQLite's extended result codes for a UNIQUE and a PRIMARY KEY constraint failure.
    private const int SqliteUniqueConstraint = 2067;
    private const int SqlitePrimaryKeyConstraint = 1555;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var db = context.HttpContext.RequestServices.GetRequiredService<TContext>();
        var cancellationToken = context.HttpContext.RequestAborted;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await next(context);
        if (IsSuccess(result))
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (IsConcurrentChange(exception))
            {
                // Both requests read the same state and decided on it; the database let only the first write through
                // (a unique key, a row changed or gone). The transaction rolls back as it is disposed.
                return ValidationProblems.ConcurrentChange();
            }

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

    private static bool IsConcurrentChange(DbUpdateException exception) => exception switch
    {
        DbUpdateConcurrencyException => true,
        { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } => true,
        { InnerException: SqliteException { SqliteExtendedErrorCode: SqliteUniqueConstraint or SqlitePrimaryKeyConstraint } } => true,
        _ => false,
    };
}
