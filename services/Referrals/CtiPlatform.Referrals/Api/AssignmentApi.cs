using CtiPlatform.Referrals.Application;
using CtiPlatform.Referrals.Resources;
using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.Referrals.Api;

/// <summary>The municipality's worker registry and the hand-over of a course to another worker (docs/decisions/019, 020).</summary>
public static class AssignmentApi
{
    public static RouteGroupBuilder MapAssignmentApi(this RouteGroupBuilder api)
    {
        api.MapGet("/workers", ListWorkers).RequireAuthorization(ReferralPolicies.WorkerDirectory)
            .WithName("ListWorkers").WithSummary("The municipality's CTI workers, active and deactivated");
        api.MapPost("/workers", RegisterWorker).RequireAuthorization(ReferralPolicies.WorkerAdministration).Validates<RegisterWorkerRequest>()
            .WithName("RegisterWorker").WithSummary("Register a CTI worker by her identity provider subject, or reactivate her");
        api.MapPost("/workers/{workerId}/deactivate", DeactivateWorker).RequireAuthorization(ReferralPolicies.WorkerAdministration)
            .WithName("DeactivateWorker").WithSummary("Deactivate a worker: no new course can be assigned to her");
        api.MapPost("/{id:guid}/reassign", Reassign).RequireAuthorization(Policies.TeamLead).Validates<ReassignRequest>()
            .WithName("ReassignCourse").WithSummary("Hand a running course to another registered worker, with a reason (access follows)");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<WorkerView>>> ListWorkers(WorkerRegistry workers, CancellationToken ct) =>
        TypedResults.Ok(await workers.ListAsync(ct));

    private static async Task<Results<Created<WorkerView>, Ok<WorkerView>>> RegisterWorker(
        RegisterWorkerRequest request, WorkerRegistry workers, CancellationToken ct)
    {
        var (worker, created) = await workers.RegisterAsync(request.WorkerId!, ct);
        return created
            ? TypedResults.Created($"{ReferralsApi.Prefix}/workers/{Uri.EscapeDataString(worker.WorkerId)}", worker.ToView())
            : TypedResults.Ok(worker.ToView());
    }

    private static async Task<Results<Ok<WorkerView>, NotFound>> DeactivateWorker(string workerId, WorkerRegistry workers, CancellationToken ct) =>
        await workers.DeactivateAsync(workerId, ct) is { } worker ? TypedResults.Ok(worker.ToView()) : TypedResults.NotFound();

    private static async Task<Results<Ok<ReassignmentView>, NotFound, ProblemHttpResult>> Reassign(
        Guid id, ReassignRequest request, CourseAssignments assignments, CancellationToken ct) =>
        (await assignments.ReassignAsync(id, request, ct)).ToOk(r => r.ToView(), ReferralTexts.ResourceManager);
}
