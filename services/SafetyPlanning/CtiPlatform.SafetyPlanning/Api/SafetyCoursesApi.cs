using CtiPlatform.Persistence;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.SafetyPlanning.Application;
using CtiPlatform.SafetyPlanning.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>A course's safety at a glance, and the service's access log.</summary>
public static class SafetyCoursesApi
{
    public const string Prefix = "/api/safety";

    public static IEndpointRouteBuilder MapSafetyCoursesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(Prefix + "/courses").WithTags("Safety").RequireAuthorization(SafetyPlanningPolicies.SafetyStaff)
            .WithUnitOfWork<SafetyPlanningDbContext>();
        api.MapGet("/{courseId:guid}", Read).WithName("ReadCourseSafety")
            .WithSummary("Whether her address is protected and how (never the address), access-logged");
        routes.MapAccessLogApi<SafetyPlanningDbContext>(Prefix);
        routes.MapTenantSettingsApi<SafetyPlanningOptions, SafetyPlanningSettings>(Prefix);
        return routes;
    }

    private static async Task<Results<Ok<SafetyOverviewView>, NotFound>> Read(Guid courseId, SafetyQueries queries, CancellationToken ct) =>
        await queries.OverviewAsync(courseId, ct) is { } state ? TypedResults.Ok(SafetyViews.Overview(state)) : TypedResults.NotFound();
}
