using CtiPlatform.CourseTracking.Application;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using CtiPlatform.CourseTracking.Resources;
using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// A course's CTI plan per phase: one to three focus areas from the themes, with goals, activities, who does what and
/// status; every revision a new version, the earlier ones kept and viewable (decision 504). And whether she has
/// children, which opens the children theme. A course the caller may not see answers 404.
/// </summary>
public static class PlansApi
{
    public static IEndpointRouteBuilder MapPlansApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(TrackedCoursesApi.Prefix + "/courses/{courseId:guid}").RequireAuthorization(CourseTrackingPolicies.CourseStaff)
            .WithUnitOfWork<CourseTrackingDbContext>().WithTags("CTI plan");
        api.MapGet("/plan", GetPlan).WithName("GetCtiPlan").WithSummary("Every version of the CTI plan, newest first (access-logged)");
        api.MapPost("/plan", RevisePlan).Validates<RevisePlanRequest>()
            .WithName("ReviseCtiPlan").WithSummary("Make the plan's next version for the phase the course is in; earlier versions are kept");
        api.MapPut("/children", RegisterChildren).Validates<RegisterChildrenRequest>()
            .WithName("RegisterChildren").WithSummary("Register whether she has children (opens the plan's children theme)");
        return routes;
    }

    private static async Task<Results<Ok<PlansView>, NotFound>> GetPlan(Guid courseId, CtiPlans plans, TrackingClock clock, CancellationToken ct)
    {
        if (await plans.ReadAsync(courseId, ct) is not { } found)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(View(found.Course, found.Versions, clock.Today));
    }

    /// <summary>The plan's versions as the API shows them (also on the course page), with whether a revision is due <paramref name="today"/>.</summary>
    internal static PlansView View(TrackedCourse course, IReadOnlyList<(CtiPlanVersion Version, IReadOnlyList<FocusArea> FocusAreas)> versions, DateOnly today)
    {
        var phase = course.PhaseOn(today);
        var latest = versions.Count > 0 ? versions[0].Version : null;
        var due = phase is >= 1 && (latest is null || latest.Phase < phase);
        return new PlansView(course.Id, course.HasChildren, phase, due, versions.Select(v => View(v.Version, v.FocusAreas)).ToList());
    }

    private static async Task<Results<Created<PlanVersionView>, NotFound, ProblemHttpResult>> RevisePlan(
        Guid courseId, RevisePlanRequest request, CtiPlans plans, CancellationToken ct)
    {
        var areas = request.FocusAreas!.Select(a => new FocusArea(
            a.Theme!.Value, a.Goals!, (a.Activities ?? []).Select(x => new PlanActivity(x.Description!, x.Responsible!.Value, x.NetworkPerson, x.Status ?? PlanItemStatus.NotStarted)).ToList(),
            a.Status ?? PlanItemStatus.NotStarted)).ToList();
        var revised = await plans.ReviseAsync(courseId, areas, ct);
        return revised.ToCreated(_ => $"{TrackedCoursesApi.Prefix}/courses/{courseId}/plan", version => View(version, areas), CourseTrackingTexts.ResourceManager);
    }

    private static async Task<Results<Ok<TrackedCourseView>, NotFound, ProblemHttpResult>> RegisterChildren(
        Guid courseId, RegisterChildrenRequest request, CourseChildren children, CancellationToken ct) =>
        (await children.RegisterAsync(courseId, request.HasChildren!.Value, ct)).ToOk(TrackedCoursesApi.View, CourseTrackingTexts.ResourceManager);

    private static PlanVersionView View(CtiPlanVersion version, IReadOnlyList<FocusArea> areas) => new(
        version.Version, version.Phase, TrackingLabels.OfPeriod(version.Phase), version.CreatedAt, version.CreatedBy,
        areas.Select(a => new FocusAreaView(
            a.Theme, TrackingLabels.Of(a.Theme), a.Goals,
            a.Activities.Select(x => new PlanActivityView(x.Description, x.Responsible, TrackingLabels.Of(x.Responsible), x.NetworkPerson, x.Status, TrackingLabels.Of(x.Status))).ToList(),
            a.Status, TrackingLabels.Of(a.Status))).ToList());
}
