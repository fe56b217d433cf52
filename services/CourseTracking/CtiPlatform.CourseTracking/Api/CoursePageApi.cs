using CtiPlatform.CourseTracking.Application;
using CtiPlatform.CourseTracking.Persistence;
using CtiPlatform.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// One course's whole page of data in one request, one transaction and one access-log entry (decision 517): the eleven
/// GETs a page made cost eleven authentications, tenant transactions and log rows. Who sees it is who sees the course;
/// 404 otherwise.
/// </summary>
public static class CoursePageApi
{
    public static IEndpointRouteBuilder MapCoursePageApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup(TrackedCoursesApi.Prefix).RequireAuthorization(CourseTrackingPolicies.CourseStaff)
            .WithUnitOfWork<CourseTrackingDbContext>().WithTags("Course records")
            .MapGet("/courses/{courseId:guid}/page", GetPage)
            .WithName("GetCoursePage").WithSummary("Every section of a course in one answer, as each section's own endpoint gives it (access-logged once)");
        return routes;
    }

    private static async Task<Results<Ok<CoursePageView>, NotFound>> GetPage(
        Guid courseId, CoursePages pages, MeetingNotes notes, TrackingClock clock, CancellationToken ct)
    {
        if (await pages.ReadAsync(courseId, ct) is not { } page)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(new CoursePageView(
            TrackedCoursesApi.View(page.Course),
            [.. page.Meetings.Select(m => MeetingsApi.View(m, notes))],
            [.. page.Contacts.Select(c => MeetingsApi.View(c, notes))],
            MeetingsApi.View(courseId, page.Intensity),
            [.. page.Checklists.Select(c => ChecklistsApi.View(c.Transition, c.Items))],
            PlansApi.View(page.Course, page.Plan, clock.Today),
            CompassApi.View(courseId, page.Compass),
            [.. page.PhaseDocumentation.Select(PhaseDocumentationApi.View)],
            HandOverApi.View(page.HandOverPlan),
            NetworkApi.View(courseId, page.Network),
            FidelityApi.View(page.Fidelity)));
    }
}
