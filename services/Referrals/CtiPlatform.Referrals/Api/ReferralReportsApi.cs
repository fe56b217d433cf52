using System.Globalization;
using System.Text;
using CsvHelper;
using CtiPlatform.Referrals.Persistence;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Referrals.Api;

/// <summary>Caseload per worker and the registration report (seed 001).</summary>
public static class ReferralReportsApi
{
    public static RouteGroupBuilder MapReferralReportsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/caseload", Caseload).RequireAuthorization(Policies.Supervisors)
            .WithName("GetCaseload").WithSummary("Each worker's active courses and weighted load against the limit");
        api.MapGet("/report", Report).RequireAuthorization(Policies.Reporting)
            .WithName("GetRegistrationReport").WithSummary("The registration report as JSON, or as CSV with format=csv");
        return api;
    }

    private static async Task<Ok<WorkerCaseloadView[]>> Caseload(
        ReferralsDbContext db, TenantContext caller, IOptions<ReferralsOptions> options, CancellationToken ct)
    {
        var policy = options.Value.For(caller.RequiredTenantId).Caseload;
        var courses = await db.WorkerCourses.AsNoTracking().ToListAsync(ct);
        var view = courses.GroupBy(c => c.WorkerId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var load = g.Sum(c => policy.Weigh(c.Phase));
            return new WorkerCaseloadView(g.Key, g.Count(), g.Count(c => c.Phase == 1), load, policy.Limit, load > policy.Limit);
        });
        return TypedResults.Ok(view.ToArray());
    }

    private static async Task<Results<Ok<RegistrationReportRow[]>, FileContentHttpResult>> Report(
        ReferralsDbContext db, DateTimeOffset? from, DateTimeOffset? to, string? format, CancellationToken ct)
    {
        var query = db.Referrals.AsNoTracking();
        if (from is not null)
        {
            query = query.Where(r => r.SubmittedAt >= from);
        }

        if (to is not null)
        {
            query = query.Where(r => r.SubmittedAt < to);
        }

        var rows = (await query.OrderBy(r => r.SubmittedAt).ToListAsync(ct)).Select(r => r.ToReportRow()).ToArray();
        if (!string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Ok(rows);
        }

        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            csv.Context.TypeConverterOptionsCache.GetOptions<DateTimeOffset>().Formats = ["O"];
            csv.Context.TypeConverterOptionsCache.GetOptions<DateTimeOffset?>().Formats = ["O"];
            csv.Context.TypeConverterOptionsCache.GetOptions<DateOnly>().Formats = ["yyyy-MM-dd"];
            csv.Context.TypeConverterOptionsCache.GetOptions<DateOnly?>().Formats = ["yyyy-MM-dd"];
            await csv.WriteRecordsAsync(rows, ct);
        }

        return TypedResults.File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", "registrering.csv");
    }
}
