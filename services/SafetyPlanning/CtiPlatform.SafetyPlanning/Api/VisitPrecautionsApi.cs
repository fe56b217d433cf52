using CtiPlatform.Persistence;
using CtiPlatform.SafetyPlanning.Application;
using CtiPlatform.SafetyPlanning.Persistence;
using CtiPlatform.SafetyPlanning.Resources;
using CtiPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>
/// The precautions for visiting her home (decision 605): changed by her worker or a team lead, read by every CTI worker
/// of the municipality who may stand in for her worker, access-logged.
/// </summary>
public static class VisitPrecautionsApi
{
    public static IEndpointRouteBuilder MapVisitPrecautionsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(SafetyCoursesApi.Prefix + "/courses/{courseId:guid}/visit-precautions").WithTags("Worker safety")
            .RequireAuthorization(SafetyPlanningPolicies.SafetyStaff).WithUnitOfWork<SafetyPlanningDbContext>();
        api.MapPut("/", Change).Validates<ChangeVisitPrecautionsRequest>().WithName("ChangeVisitPrecautions")
            .WithSummary("Set the precautions for visiting her home, by her worker or a team lead");
        api.MapGet("/", Read).WithName("ReadVisitPrecautions")
            .WithSummary("The precautions for visiting her home, for any worker who may visit (access-logged)");
        return routes;
    }

    private static async Task<Results<Ok<VisitPrecautionsView>, NotFound, ProblemHttpResult>> Change(
        Guid courseId, ChangeVisitPrecautionsRequest request, WorkerSafety safety, CancellationToken ct) =>
        (await safety.ChangeAsync(courseId, request.VisitInPairs!.Value, request.MeetElsewhere!.Value, request.KnownDangerAtAddress!.Value, request.Note, ct))
        .ToOk(SafetyViews.Precautions, SafetyTexts.ResourceManager);

    private static async Task<Results<Ok<VisitPrecautionsView>, NotFound>> Read(Guid courseId, WorkerSafety safety, CancellationToken ct) =>
        await safety.ReadAsync(courseId, ct) is { } read ? TypedResults.Ok(SafetyViews.Precautions(read)) : TypedResults.NotFound();
}
