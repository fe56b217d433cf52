using CtiPlatform.CourseTracking.Application;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using CtiPlatform.Persistence;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// The course records, for the assigned CTI worker and the municipality's team leads. A record someone else asks
/// for answers 404, so its existence is not revealed. The prefix is the service's own: <c>/api/courses</c> belongs to
/// the lifecycle (decision 501).
/// </summary>
public static class TrackedCoursesApi
{
    public const string Prefix = "/api/tracking";

    public static IEndpointRouteBuilder MapTrackedCoursesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(Prefix + "/courses").RequireAuthorization(CourseTrackingPolicies.CourseStaff)
            .WithUnitOfWork<CourseTrackingDbContext>().WithTags("Course records");
        api.MapGet("/", ListCourses).Validates<PageRequest>()
            .WithName("ListTrackedCourses").WithSummary("The course records the caller may see, a page at a time");
        api.MapGet("/{id:guid}", GetCourse).WithName("GetTrackedCourse").WithSummary("One course record: stage and phase dates (access-logged)");
        routes.MapAccessLogApi<CourseTrackingDbContext>(Prefix);
        routes.MapTenantSettingsApi<CourseTrackingOptions, CourseTrackingSettings>(Prefix);
        return routes;
    }

    private static async Task<Ok<Page<TrackedCourseSummary>>> ListCourses(
        TrackedCourseQueries courses, TrackingStage? stage, [AsParameters] PageRequest page, CancellationToken ct) =>
        TypedResults.Ok((await courses.ListAsync(stage, page, ct)).Map(c =>
            new TrackedCourseSummary(c.Id, c.WorkerId, c.Stage, TrackingLabels.Of(c.Stage), c.MoveInDate, c.Phase3PlannedEndDate)));

    private static async Task<Results<Ok<TrackedCourseView>, NotFound>> GetCourse(Guid id, TrackedCourseQueries courses, CancellationToken ct) =>
        await courses.ReadAsync(id, ct) is { } course ? TypedResults.Ok(View(course)) : TypedResults.NotFound();

    internal static TrackedCourseView View(TrackedCourse course) => new()
    {
        Id = course.Id,
        WorkerId = course.WorkerId,
        Stage = course.Stage,
        StageLabel = TrackingLabels.Of(course.Stage),
        ApprovedOn = course.ApprovedOn,
        ExpectedMoveOutDate = course.ExpectedMoveOutDate,
        ContactPeriodStartDate = course.ContactPeriodStartDate,
        MoveInDate = course.MoveInDate,
        Phases = Phases(course),
        PlannedEndDate = course.Phase3PlannedEndDate,
        ClosedOn = course.ClosedOn,
        ClosureReason = course.ClosureReason,
        HasChildren = course.HasChildren,
    };

    private static List<PhaseDatesView> Phases(TrackedCourse course)
    {
        var phases = new List<PhaseDatesView>();
        if (course is { Phase1StartDate: { } s1, Phase1PlannedEndDate: { } e1 })
        {
            phases.Add(new PhaseDatesView(1, s1, e1));
        }

        if (course is { Phase2StartDate: { } s2, Phase2PlannedEndDate: { } e2 })
        {
            phases.Add(new PhaseDatesView(2, s2, e2));
        }

        if (course is { Phase3StartDate: { } s3, Phase3PlannedEndDate: { } e3 })
        {
            phases.Add(new PhaseDatesView(3, s3, e3));
        }

        return phases;
    }
}
