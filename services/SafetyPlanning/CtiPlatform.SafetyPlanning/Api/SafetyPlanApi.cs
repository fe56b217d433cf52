using CtiPlatform.Persistence;
using CtiPlatform.SafetyPlanning.Application;
using CtiPlatform.SafetyPlanning.Persistence;
using CtiPlatform.SafetyPlanning.Resources;
using CtiPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>Her safety plan, versioned: a revision never overwrites, and every earlier version stays readable (decision 604).</summary>
public static class SafetyPlanApi
{
    public static IEndpointRouteBuilder MapSafetyPlanApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(SafetyCoursesApi.Prefix + "/courses/{courseId:guid}/safety-plan").WithTags("Safety plan")
            .RequireAuthorization(SafetyPlanningPolicies.SafetyStaff).WithUnitOfWork<SafetyPlanningDbContext>();
        api.MapPost("/versions", Write).Validates<WriteSafetyPlanRequest>().WithName("WriteSafetyPlan")
            .WithSummary("Write the safety plan's next version, with its review date");
        api.MapGet("/", Current).WithName("ReadSafetyPlan").WithSummary("The current safety plan (access-logged)");
        api.MapGet("/versions", Versions).WithName("ListSafetyPlanVersions").WithSummary("Every version, newest first, without sections");
        api.MapGet("/versions/{version:int}", Version).WithName("ReadSafetyPlanVersion").WithSummary("An earlier version (access-logged)");
        return routes;
    }

    private static async Task<Results<Created<SafetyPlanView>, NotFound, ProblemHttpResult>> Write(
        Guid courseId, WriteSafetyPlanRequest request, SafetyPlans plans, CancellationToken ct)
    {
        var written = await plans.WriteAsync(courseId, request.Sections!, request.ReviewOn!.Value, request.BasedOnVersion, ct);
        return written.ToCreated(
            plan => $"{SafetyCoursesApi.Prefix}/courses/{courseId}/safety-plan/versions/{plan.Version.Version}", SafetyViews.Plan, SafetyTexts.ResourceManager);
    }

    private static async Task<Results<Ok<SafetyPlanView>, NotFound>> Current(Guid courseId, SafetyPlans plans, CancellationToken ct) =>
        await plans.ReadAsync(courseId, null, ct) is { } plan ? TypedResults.Ok(SafetyViews.Plan(plan)) : TypedResults.NotFound();

    private static async Task<Results<Ok<SafetyPlanVersionSummary[]>, NotFound>> Versions(Guid courseId, SafetyPlans plans, CancellationToken ct) =>
        await plans.VersionsAsync(courseId, ct) is { } versions ? TypedResults.Ok(versions.Select(SafetyViews.Summary).ToArray()) : TypedResults.NotFound();

    private static async Task<Results<Ok<SafetyPlanView>, NotFound>> Version(Guid courseId, int version, SafetyPlans plans, CancellationToken ct) =>
        await plans.ReadAsync(courseId, version, ct) is { } plan ? TypedResults.Ok(SafetyViews.Plan(plan)) : TypedResults.NotFound();
}
