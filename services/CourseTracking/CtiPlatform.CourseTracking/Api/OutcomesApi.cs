using CtiPlatform.CourseTracking.Application;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using CtiPlatform.CourseTracking.Resources;
using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// Outcomes at closure (seed 001): recorded and amended with every version kept, her well-being change computed from her
/// compass, the follow-up a year after closure, and the municipality's figures for a period (decisions 510, 511). A
/// course or follow-up the caller may not see answers 404.
/// </summary>
public static class OutcomesApi
{
    public static IEndpointRouteBuilder MapOutcomesApi(this IEndpointRouteBuilder routes)
    {
        var course = routes.MapGroup(TrackedCoursesApi.Prefix + "/courses/{courseId:guid}/outcome").RequireAuthorization(CourseTrackingPolicies.CourseStaff)
            .WithUnitOfWork<CourseTrackingDbContext>().WithTags("Outcomes");
        course.MapGet("", GetOutcome).WithName("GetCourseOutcome").WithSummary("The outcome's versions, her well-being change and the follow-up (access-logged)");
        course.MapPut("", RecordOutcome).Validates<RecordOutcomeRequest>()
            .WithName("RecordCourseOutcome").WithSummary("Record the outcome of a closed course; recording it again amends it, the earlier versions kept");

        var followUps = routes.MapGroup(TrackedCoursesApi.Prefix + "/follow-ups").RequireAuthorization(CourseTrackingPolicies.CourseStaff)
            .WithUnitOfWork<CourseTrackingDbContext>().WithTags("Outcomes");
        followUps.MapGet("/", ListFollowUps).WithName("ListDueFollowUps").WithSummary("The follow-ups a year after closure that are due and not answered");
        followUps.MapPut("/{courseId:guid}", AnswerFollowUp).Validates<AnswerFollowUpRequest>()
            .WithName("AnswerFollowUp").WithSummary("Whether she still lives in her own home a year after closure; answered once");

        routes.MapGroup(TrackedCoursesApi.Prefix + "/outcomes").RequireAuthorization(Policies.TeamLead)
            .WithUnitOfWork<CourseTrackingDbContext>().WithTags("Outcomes")
            .MapGet("/figures", GetFigures).Validates<OutcomeFiguresRequest>()
            .WithName("GetOutcomeFigures").WithSummary("The municipality's outcome figures over the courses closed in a period, against seed 001's goals");
        return routes;
    }

    private static async Task<Results<Ok<OutcomeView>, NotFound>> GetOutcome(Guid courseId, CourseOutcomes outcomes, TrackingClock clock, CancellationToken ct)
    {
        if (await outcomes.ReadAsync(courseId, ct) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var versions = found.Versions.Select(View).ToList();
        return TypedResults.Ok(new OutcomeView(
            courseId, found.Course.HasChildren, versions.FirstOrDefault(), versions, found.WellBeing is { } change ? View(change) : null,
            found.FollowUp is { } followUp ? View(followUp) : null));
    }

    private static async Task<Results<Ok<OutcomeVersionView>, NotFound, ProblemHttpResult>> RecordOutcome(
        Guid courseId, RecordOutcomeRequest request, CourseOutcomes outcomes, CancellationToken ct) =>
        (await outcomes.RecordAsync(
            courseId,
            new OutcomeAnswers(request.KeptHome!.Value, request.HasSafetyStrategy!.Value, request.ReadmittedToShelter!.Value, request.ChildrenInDayCareOrSchool, request.ChildrenInLeisureActivities),
            ct))
        .ToOk(View, CourseTrackingTexts.ResourceManager);

    private static async Task<Ok<List<FollowUpView>>> ListFollowUps(CourseOutcomes outcomes, CancellationToken ct) =>
        TypedResults.Ok((await outcomes.ListDueAsync(ct)).Select(View).ToList());

    private static async Task<Results<Ok<FollowUpView>, NotFound, ProblemHttpResult>> AnswerFollowUp(
        Guid courseId, AnswerFollowUpRequest request, CourseOutcomes outcomes, CancellationToken ct) =>
        (await outcomes.AnswerFollowUpAsync(courseId, request.StillInOwnHome!.Value, ct)).ToOk(View, CourseTrackingTexts.ResourceManager);

    private static async Task<Ok<OutcomeFiguresView>> GetFigures([AsParameters] OutcomeFiguresRequest request, CourseOutcomes outcomes, CancellationToken ct)
    {
        var (from, to) = (request.From!.Value, request.To!.Value);
        var (closed, figures) = await outcomes.FiguresAsync(from, to, ct);
        return TypedResults.Ok(new OutcomeFiguresView(
            from, to, closed, figures.Select(f => new OutcomeFigureView(f.Figure, TrackingLabels.Of(f.Figure), f.Count, f.Of, f.Percent, f.GoalPercent)).ToList()));
    }

    private static OutcomeVersionView View(CourseOutcome outcome) => new(
        outcome.Version, outcome.KeptHome, outcome.HasSafetyStrategy, outcome.ReadmittedToShelter, outcome.ChildrenInDayCareOrSchool, outcome.ChildrenInLeisureActivities,
        outcome.RecordedAt, outcome.RecordedBy);

    private static WellBeingView View(WellBeingChange change) => new(
        change.EndOccasion, TrackingLabels.Of(change.EndOccasion), change.StartMean, change.EndMean, change.Change, change.Improved,
        change.DimensionChanges.Select(d => new DimensionChangeView(d.Key, TrackingLabels.Of(d.Key), d.Value)).ToList());

    private static FollowUpView View(OutcomeFollowUp followUp) => new(
        followUp.CourseId, CourseTrackingTexts.FollowUpQuestion, followUp.DueOn, followUp.RaisedAt is not null, followUp.StillInOwnHome, followUp.AnsweredAt, followUp.AnsweredBy);
}
