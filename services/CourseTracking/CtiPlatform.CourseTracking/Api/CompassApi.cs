using CtiPlatform.CourseTracking.Application;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using CtiPlatform.CourseTracking.Resources;
using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// A course's change compass (forandringskompas): ten dimensions scored 1-10 by her and by her worker at the start, at
/// each phase's end and at the end; as data and as SVG charts of her view against the worker's and of the development
/// over time; the measurements due, closed by the scorings (decision 505). A course the caller may not see answers 404.
/// </summary>
public static class CompassApi
{
    private const string SvgType = "image/svg+xml";

    public static IEndpointRouteBuilder MapCompassApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(TrackedCoursesApi.Prefix + "/courses/{courseId:guid}/compass").RequireAuthorization(CourseTrackingPolicies.CourseStaff)
            .WithUnitOfWork<CourseTrackingDbContext>().WithTags("Change compass");
        api.MapGet("", GetCompass).WithName("GetChangeCompass").WithSummary("Every scoring of the change compass and the measurements due (access-logged)");
        api.MapPut("", RecordScores).Validates<RecordCompassRequest>()
            .WithName("RecordChangeCompass").WithSummary("Her or her worker's scores for an occasion; scoring it again corrects it");
        api.MapGet("/comparison.svg", GetComparison).WithName("GetChangeCompassComparison")
            .WithSummary("Her view against the worker's at one occasion, as an SVG chart (access-logged)").Produces<string>(contentType: SvgType);
        api.MapGet("/development.svg", GetDevelopment).WithName("GetChangeCompassDevelopment")
            .WithSummary("One respondent's scores over the occasions, as an SVG chart (access-logged)").Produces<string>(contentType: SvgType);
        return routes;
    }

    private static async Task<Results<Ok<CompassView>, NotFound>> GetCompass(Guid courseId, ChangeCompass compass, CancellationToken ct) =>
        await compass.ReadAsync(courseId, ct) is { } found ? TypedResults.Ok(View(courseId, found)) : TypedResults.NotFound();

    /// <summary>The compass's scorings and due measurements as the API shows them (also on the course page).</summary>
    internal static CompassView View(Guid courseId, CompassRecord found) => new(
        courseId, found.Assessments.Select(View).ToList(),
        found.Due.Select(d => new CompassDueView(d.Occasion, TrackingLabels.Of(d.Occasion), d.DueOn, found.IsDone(d.Occasion))).ToList());

    private static async Task<Results<Ok<CompassAssessmentView>, NotFound, ProblemHttpResult>> RecordScores(
        Guid courseId, RecordCompassRequest request, ChangeCompass compass, TrackingClock clock, CancellationToken ct) =>
        (await compass.RecordAsync(
            courseId, request.Occasion!.Value, request.Respondent!.Value, request.AssessedOn ?? clock.Today,
            request.Scores!.ToDictionary(s => s.Dimension!.Value, s => s.Score!.Value), ct))
        .ToOk(View, CourseTrackingTexts.ResourceManager);

    private static async Task<Results<ContentHttpResult, NotFound>> GetComparison(Guid courseId, CompassOccasion occasion, ChangeCompass compass, CancellationToken ct)
    {
        if (await compass.ReadAsync(courseId, ct) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var series = found.Assessments.Where(a => a.Assessment.Occasion == occasion)
            .Select(a => new CompassSeries(TrackingLabels.Of(a.Assessment.Respondent), a.Scores)).ToList();
        return TypedResults.Text(CompassChart.Render(TrackingLabels.Format("CompassComparisonTitle", TrackingLabels.Of(occasion)), series), SvgType);
    }

    private static async Task<Results<ContentHttpResult, NotFound>> GetDevelopment(Guid courseId, CompassRespondent respondent, ChangeCompass compass, CancellationToken ct)
    {
        if (await compass.ReadAsync(courseId, ct) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var series = found.Assessments.Where(a => a.Assessment.Respondent == respondent)
            .Select(a => new CompassSeries(TrackingLabels.Of(a.Assessment.Occasion), a.Scores)).ToList();
        return TypedResults.Text(CompassChart.Render(TrackingLabels.Format("CompassDevelopmentTitle", TrackingLabels.Of(respondent)), series), SvgType);
    }

    private static CompassAssessmentView View(ScoredAssessment scored) => new(
        scored.Assessment.Occasion, TrackingLabels.Of(scored.Assessment.Occasion), scored.Assessment.Respondent, TrackingLabels.Of(scored.Assessment.Respondent),
        scored.Assessment.AssessedOn, scored.Assessment.RecordedAt, scored.Assessment.RecordedBy,
        Enum.GetValues<CompassDimension>().Select(d => new CompassScoreView(d, TrackingLabels.Of(d), scored.Scores[d])).ToList());
}
