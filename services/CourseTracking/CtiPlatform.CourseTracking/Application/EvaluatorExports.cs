using System.Security.Cryptography;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>
/// The evaluator export (issue #14 item 12, decision 516): outcomes and fidelity of the caller's municipality over the
/// courses closed in a period, built from the outcome facts and fidelity flags the figures use. Each export draws its own
/// pseudonyms, so two exports cannot be joined to each other or back to a course; the export is access-logged.
/// </summary>
internal sealed class EvaluatorExports(
    CourseTrackingDbContext db, TenantContext caller, CourseOutcomes outcomes, FidelityQueries fidelity, IAccessLog accessLog)
{
    /// <summary>How the access log names an export (by its period, ISO 8601 <c>from/to</c>).</summary>
    public const string Subject = "evaluator-export";

    public async Task<EvaluatorExport> ExportAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var closed = await db.Courses.AsNoTracking().Where(c => c.ClosedOn >= from && c.ClosedOn <= to).OrderBy(c => c.Id).ToListAsync(ct);
        var facts = await outcomes.FactsAsync([.. closed.Select(c => c.Id)], ct);
        var flags = await fidelity.FlagsAsync(closed, ct);

        // A random permutation of 1..n: the number says nothing about the course, its id or the order it was closed in.
        var pseudonyms = Enumerable.Range(1, closed.Count).ToArray();
        RandomNumberGenerator.Shuffle(pseudonyms.AsSpan());
        var courses = flags.Select((course, i) => new EvaluatedCourse(
                pseudonyms[i], course.Course.ClosedOn!.Value, course.Course.ClosureReason, facts[course.Course.Id],
                [.. course.Flags.Select(f => f.Code).Distinct().Order()]))
            .OrderBy(c => c.Pseudonym).ToList();

        accessLog.Record(Subject, $"{from:yyyy-MM-dd}/{to:yyyy-MM-dd}", AccessAction.Read, AccessPurposes.Reporting);
        return new EvaluatorExport(caller.RequiredTenantId, from, to, courses, OutcomeFigures.Of([.. courses.Select(c => c.Outcome)]));
    }
}
