using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using CtiPlatform.Referrals.Application;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CtiPlatform.Referrals.Api;

/// <summary>Caseload per worker and the registration report (seed 001).</summary>
public static class ReferralReportsApi
{
    /// <summary>The response header carrying the next page's cursor of a CSV report, which has no JSON body to carry it.</summary>
    public const string NextCursorHeader = "Next-Cursor";

    // Reasons and organisation ids are typed by people outside the team; opened in a spreadsheet, a cell starting
    // with = + - @ tab or CR would run as a formula. OWASP's escape: such a cell gets a leading ' inside quotes.
    private static readonly CsvConfiguration CsvSettings = new(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };

    public static RouteGroupBuilder MapReferralReportsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/caseload", Caseload).RequireAuthorization(ReferralPolicies.Supervisors)
            .WithName("GetCaseload").WithSummary("Each worker's active courses and weighted load against the limit");
        api.MapGet("/report", Report).RequireAuthorization(ReferralPolicies.Reporting).Validates<PageRequest>()
            .WithName("GetRegistrationReport")
            .WithSummary("The registration report a page at a time, as JSON, or as CSV with format=csv (next page's cursor in the Next-Cursor header)");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<WorkerCaseloadView>>> Caseload(ReferralQueries referrals, CancellationToken ct) =>
        TypedResults.Ok(await referrals.CaseloadAsync(ct));

    private static async Task<Results<Ok<Page<RegistrationReportRow>>, FileContentHttpResult>> Report(
        ReferralQueries referrals, DateTimeOffset? from, DateTimeOffset? to, string? format, [AsParameters] PageRequest page, HttpContext http,
        CancellationToken ct)
    {
        var rows = await referrals.ReportAsync(from, to, page, ct);
        if (!string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Ok(rows);
        }

        if (rows.NextCursor is { } next)
        {
            http.Response.Headers[NextCursorHeader] = next;
        }

        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await using (var csv = new CsvWriter(text, CsvSettings))
        {
            csv.Context.RegisterClassMap(new RegistrationReportCsvMap());
            csv.Context.TypeConverterOptionsCache.GetOptions<DateTimeOffset>().Formats = ["O"];
            csv.Context.TypeConverterOptionsCache.GetOptions<DateTimeOffset?>().Formats = ["O"];
            csv.Context.TypeConverterOptionsCache.GetOptions<DateOnly>().Formats = ["yyyy-MM-dd"];
            csv.Context.TypeConverterOptionsCache.GetOptions<DateOnly?>().Formats = ["yyyy-MM-dd"];
            await csv.WriteRecordsAsync(rows.Items, ct);
        }

        return TypedResults.File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", "registrering.csv");
    }
}
