using System.Globalization;
using System.Text;
using CtiPlatform.CourseTracking.Application;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// The evaluator export (issue #14 item 12, decision 516): outcomes and fidelity of the team lead's municipality over the
/// courses closed in a period, as CSV (Danish headers, codes next to labels as decision 030) or as JSON — the same data.
/// </summary>
public static class EvaluatorExportApi
{
    /// <summary>The summary figure of the courses without any fidelity flag, and the key of its label.</summary>
    internal const string CoursesWithoutFlags = "CoursesWithoutFlags";

    public static IEndpointRouteBuilder MapEvaluatorExportApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup(TrackedCoursesApi.Prefix).RequireAuthorization(Policies.TeamLead)
            .WithUnitOfWork<CourseTrackingDbContext>().WithTags("Outcomes")
            .MapGet("/evaluator-export", Export).Validates<EvaluatorExportRequest>()
            .WithName("GetEvaluatorExport")
            .WithSummary("Outcomes and fidelity per closed course under a pseudonym, and the municipality's figures, for an evaluator (access-logged)");
        return routes;
    }

    private static async Task<Results<Ok<EvaluatorExportView>, FileContentHttpResult>> Export(
        [AsParameters] EvaluatorExportRequest request, EvaluatorExports exports, HttpContext http, CancellationToken ct)
    {
        var export = View(await exports.ExportAsync(request.From!.Value, request.To!.Value, ct));

        // Pseudonymised, but still about her: no copy is kept by a browser or a proxy.
        http.Response.Headers[HeaderNames.CacheControl] = "no-store";
        if (!request.IsCsv)
        {
            return TypedResults.Ok(export);
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"evaluering-{export.Municipality}-{export.From:yyyy-MM-dd}-{export.To:yyyy-MM-dd}.csv");
        return TypedResults.File(Encoding.UTF8.GetBytes(await EvaluatorExportCsv.WriteAsync(export, ct)), "text/csv; charset=utf-8", name);
    }

    private static EvaluatorExportView View(EvaluatorExport export) => new(
        export.Municipality, export.From, export.To, export.Courses.Count, [.. export.Courses.Select(View)], Summary(export));

    private static EvaluatorCourseView View(EvaluatedCourse course)
    {
        var (outcome, wellBeing) = (course.Outcome.Outcome, course.Outcome.WellBeing);
        return new EvaluatorCourseView(
            course.Pseudonym, course.ClosedOn.ToString("yyyy-MM", CultureInfo.InvariantCulture), course.ClosureReason,
            course.ClosureReason is { } reason ? TrackingLabels.Of(reason) : null,
            outcome?.KeptHome, outcome?.HasSafetyStrategy, outcome?.ReadmittedToShelter, wellBeing?.Change, wellBeing?.Improved,
            outcome?.ChildrenInDayCareOrSchool, outcome?.ChildrenInLeisureActivities, course.Outcome.FollowUp?.StillInOwnHome,
            course.Flags, [.. course.Flags.Select(TrackingLabels.Of)]);
    }

    /// <summary>Seed 001's outcome figures, then fidelity over the same courses: how many have no flag, and how many a flag of each code.</summary>
    private static List<EvaluatorFigureView> Summary(EvaluatorExport export)
    {
        var courses = export.Courses.Count;
        return
        [
            .. export.Figures.Select(f => new EvaluatorFigureView(f.Figure.ToString(), TrackingLabels.Of(f.Figure), f.Count, f.Of, f.Percent, f.GoalPercent)),
            Fidelity(CoursesWithoutFlags, TrackingLabels.Text(CoursesWithoutFlags), export.Courses.Count(c => c.Flags.Count == 0), courses),
            .. Enum.GetValues<FidelityCode>().Select(code => Fidelity(code.ToString(), TrackingLabels.Of(code), export.Courses.Count(c => c.Flags.Contains(code)), courses)),
        ];
    }

    private static EvaluatorFigureView Fidelity(string figure, string label, int count, int of) =>
        new(figure, label, count, of, of == 0 ? null : Math.Round(100m * count / of, 1, MidpointRounding.AwayFromZero), null);
}
