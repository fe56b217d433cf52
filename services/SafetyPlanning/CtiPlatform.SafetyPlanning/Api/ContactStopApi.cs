using CtiPlatform.Persistence;
using CtiPlatform.SafetyPlanning.Application;
using CtiPlatform.SafetyPlanning.Persistence;
using CtiPlatform.SafetyPlanning.Resources;
using CtiPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>
/// Stop all contact with her, by her worker or a team lead, and lift the stop with a reason; each published once
/// through the outbox (decision 603).
/// </summary>
public static class ContactStopApi
{
    public static IEndpointRouteBuilder MapContactStopApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(SafetyCoursesApi.Prefix + "/courses/{courseId:guid}/contact-stop").WithTags("Contact stop")
            .RequireAuthorization(SafetyPlanningPolicies.SafetyStaff).WithUnitOfWork<SafetyPlanningDbContext>();
        api.MapPost("/", Stop).WithName("StopAllContact").WithSummary("Stop every pending and future message to her until lifted");
        api.MapPost("/lift", Lift).Validates<LiftContactStopRequest>().WithName("LiftContactStop")
            .WithSummary("Allow messages to her again, with a reason");
        return routes;
    }

    private static async Task<Results<Ok<ContactStopView>, NotFound, ProblemHttpResult>> Stop(Guid courseId, ContactStops stops, CancellationToken ct) =>
        (await stops.StopAsync(courseId, ct)).ToOk(SafetyViews.Stop, SafetyTexts.ResourceManager);

    private static async Task<Results<Ok<ContactStopView>, NotFound, ProblemHttpResult>> Lift(
        Guid courseId, LiftContactStopRequest request, ContactStops stops, CancellationToken ct) =>
        (await stops.LiftAsync(courseId, request.Reason!, ct)).ToOk(SafetyViews.Stop, SafetyTexts.ResourceManager);
}
