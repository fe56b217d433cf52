using CtiPlatform.CourseTracking.Application;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// Live fidelity, computed on read (decision 508): of a course, of a worker's running courses (the worker herself or a
/// team lead) and of the municipality's (team leads). Reported, never blocking. What the caller may not see answers 404.
/// </summary>
public static class FidelityApi
{
    public static IEndpointRouteBuilder MapFidelityApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(TrackedCoursesApi.Prefix).RequireAuthorization(CourseTrackingPolicies.CourseStaff)
            .WithUnitOfWork<CourseTrackingDbContext>().WithTags("Fidelity");
        api.MapGet("/courses/{courseId:guid}/fidelity", GetCourse).WithName("GetCourseFidelity").WithSummary("A course's fidelity flags (access-logged)");
        api.MapGet("/fidelity/workers/{workerId}", GetWorker).WithName("GetWorkerFidelity")
            .WithSummary("Fidelity of a worker's running courses: her own, or any worker's for a team lead");
        api.MapGet("/fidelity", GetMunicipality).RequireAuthorization(Policies.TeamLead).WithName("GetMunicipalityFidelity")
            .WithSummary("Fidelity of the municipality's running courses, in all and per worker");
        return routes;
    }

    private static async Task<Results<Ok<CourseFidelityView>, NotFound>> GetCourse(Guid courseId, FidelityQueries fidelity, CancellationToken ct) =>
        await fidelity.CourseAsync(courseId, ct) is { } found ? TypedResults.Ok(View(found)) : TypedResults.NotFound();

    private static async Task<Results<Ok<WorkerFidelityView>, NotFound>> GetWorker(string workerId, FidelityQueries fidelity, CancellationToken ct) =>
        await fidelity.WorkerAsync(workerId, ct) is { } found
            ? TypedResults.Ok(new WorkerFidelityView(workerId, Summary(found), found.Select(View).ToList()))
            : TypedResults.NotFound();

    private static async Task<Ok<MunicipalityFidelityView>> GetMunicipality(FidelityQueries fidelity, CancellationToken ct)
    {
        var all = await fidelity.MunicipalityAsync(ct);
        return TypedResults.Ok(new MunicipalityFidelityView(
            Summary(all),
            all.GroupBy(c => c.Course.WorkerId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new WorkerFidelitySummaryView(g.Key, Summary(g.ToList()))).ToList()));
    }

    internal static CourseFidelityView View(CourseFlags course) => new(
        course.Course.Id, course.Course.WorkerId, course.Course.Stage, TrackingLabels.Of(course.Course.Stage),
        course.Flags.Select(View).ToList());

    /// <summary>A flag as the API shows it, with its Danish label (also on the team lead's board).</summary>
    internal static FidelityFlagView View(FidelityFlag flag) => new(flag.Code, TrackingLabels.Of(flag.Code), flag.Phase, flag.Date, flag.Numbers);

    private static FidelitySummaryView Summary(IReadOnlyList<CourseFlags> courses)
    {
        var without = courses.Count(c => c.Flags.Count == 0);
        return new FidelitySummaryView(
            courses.Count, without, courses.Count == 0 ? null : Math.Round((decimal)without / courses.Count, 2),
            Enum.GetValues<FidelityCode>().Select(code => new FlagCountView(code, TrackingLabels.Of(code), courses.Count(c => c.Flags.Any(f => f.Code == code)))).ToList());
    }
}
