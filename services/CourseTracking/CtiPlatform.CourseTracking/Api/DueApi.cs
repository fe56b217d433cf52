using System.Text.RegularExpressions;
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
/// What is due: a worker's week and what is overdue on her courses, and the team lead's board of every open course
/// (issue #14 item 11, decision 515).
/// </summary>
public static partial class DueApi
{
    public static IEndpointRouteBuilder MapDueApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(TrackedCoursesApi.Prefix).RequireAuthorization(CourseTrackingPolicies.CourseStaff)
            .WithUnitOfWork<CourseTrackingDbContext>().WithTags("What is due");
        api.MapGet("/due", Week)
            .WithName("GetDueWork").WithSummary("Due this week and overdue on the caller's courses; a team lead may narrow to one worker");
        api.MapGet("/board", Board).RequireAuthorization(Policies.TeamLead)
            .WithName("GetBoard").WithSummary("The team lead's board: every open course with its stage, next transition and what is overdue");
        return routes;
    }

    private static async Task<Results<Ok<DueView>, ValidationProblem>> Week(DueWork work, string? workerId, CancellationToken ct)
    {
        // Worker ids are visible ASCII (as the referrals registry admits them); a control character such as NUL would
        // otherwise reach PostgreSQL, which refuses it in text with a server error.
        if (workerId is not null && !WorkerIdFormat().IsMatch(workerId))
        {
            return ValidationProblems.For(nameof(workerId), nameof(CourseTrackingTexts.WorkerIdFormat), CourseTrackingTexts.WorkerIdFormat);
        }

        var week = await work.WeekAsync(workerId, ct);
        return TypedResults.Ok(new DueView(week.Today, week.WeekStart, week.WeekEnd, [.. week.ThisWeek.Select(View)], [.. week.Overdue.Select(View)]));
    }

    private static async Task<Ok<IReadOnlyList<BoardCourseView>>> Board(DueWork work, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<BoardCourseView>>([.. (await work.BoardAsync(ct)).Select(row => Row(row.Course, row.Overdue, row.Flags))]);

    private static BoardCourseView Row(TrackedCourse course, IReadOnlyList<DueItem> overdue, IReadOnlyList<FidelityFlag> flags) =>
        new(course.Id, course.WorkerId, course.Stage, TrackingLabels.Of(course.Stage), course.Next(), course.Next() is { } next ? TrackingLabels.Of(next) : null,
            course.Next() is { } at ? course.DateOf(at) : null, [.. overdue.Select(View)], [.. flags.Select(FidelityApi.View)]);

    private static DueItemView View(DueItem item) => new(item.CourseId, item.Kind, TrackingLabels.Of(item.Kind), item.DueOn, item.Reference, item.Kind switch
    {
        DueKind.CompassMeasurement => TrackingLabels.Of(Enum.Parse<CompassOccasion>(item.Reference)),
        DueKind.Checklist => TrackingLabels.Of(Enum.Parse<ChecklistTransition>(item.Reference)),
        DueKind.PhaseDocumentation => TrackingLabels.OfPeriod(int.Parse(item.Reference, System.Globalization.CultureInfo.InvariantCulture)),
        _ => null,
    });

    [GeneratedRegex(@"\A[!-~]{1,200}\z")]
    private static partial Regex WorkerIdFormat();
}
