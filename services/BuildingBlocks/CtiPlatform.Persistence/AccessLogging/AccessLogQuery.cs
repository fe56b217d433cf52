using CtiPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Persistence.AccessLogging;

/// <summary>The access-log query handler; generic over the service's context, so one handler serves every service.</summary>
internal static class AccessLogQuery<TContext>
    where TContext : ServiceDbContext
{
    private const int MaxPageSize = 500;

    public static async Task<Results<Ok<AccessLogEntryView[]>, ValidationProblem>> HandleAsync(
        HttpContext http, string? subjectType, string? subjectId, DateTimeOffset? from, DateTimeOffset? to, int? limit, CancellationToken ct)
    {
        var take = limit ?? 100;
        if (take is < 1 or > MaxPageSize)
        {
            return ValidationProblems.For("limit", "InclusiveBetween", $"1–{MaxPageSize}");
        }

        // Resolved here rather than bound as a parameter: the route analyzer cannot handle a generic parameter type.
        var db = http.RequestServices.GetRequiredService<TContext>();
        var query = db.AccessLog.AsNoTracking();
        if (subjectType is not null)
        {
            query = query.Where(e => e.SubjectType == subjectType);
        }

        if (subjectId is not null)
        {
            query = query.Where(e => e.SubjectId == subjectId);
        }

        if (from is not null)
        {
            query = query.Where(e => e.OccurredAt >= from);
        }

        if (to is not null)
        {
            query = query.Where(e => e.OccurredAt < to);
        }

        var entries = await query.OrderByDescending(e => e.OccurredAt).Take(take)
            .Select(e => new AccessLogEntryView(e.OccurredAt, e.ActorId, e.ActorRoles, e.SubjectType, e.SubjectId, e.Action, e.Purpose))
            .ToArrayAsync(ct);
        return TypedResults.Ok(entries);
    }
}
