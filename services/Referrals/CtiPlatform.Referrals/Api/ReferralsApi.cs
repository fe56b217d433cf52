using CtiPlatform.Messaging.Attention;
using CtiPlatform.Persistence;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.Referrals.Application;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.Referrals.Persistence;
using CtiPlatform.Referrals.Resources;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CtiPlatform.Referrals.Api;

/// <summary>Submitting, reading and withdrawing referrals.</summary>
public static class ReferralsApi
{
    public const string Prefix = "/api/referrals";

    public static IEndpointRouteBuilder MapReferralsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(Prefix)
            .WithTags("Referrals")
            .WithUnitOfWork<ReferralsDbContext>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapPost("/", Submit).RequireAuthorization(ReferralPolicies.Submitters).Validates<SubmitReferralRequest>()
            .WithName("SubmitReferral").WithSummary("Submit a referral to the municipality");
        api.MapGet("/", List).RequireAuthorization(ReferralPolicies.Supervisors).Validates<PageRequest>()
            .WithName("ListReferrals").WithSummary("List referrals without personal data, a page at a time in submission order");
        api.MapGet("/{id:guid}", Get).RequireAuthorization(ReferralPolicies.MunicipalStaff)
            .WithName("GetReferral").WithSummary("Read a referral with her personal data (access-logged)");
        api.MapGet("/submitted", ListSubmitted).RequireAuthorization(Policies.Shelter).Validates<PageRequest>()
            .WithName("ListSubmittedReferrals").WithSummary("The status of the referrals the caller's shelter submitted, a page at a time");
        api.MapGet("/{id:guid}/status", GetStatus).RequireAuthorization(Policies.Shelter)
            .WithName("GetReferralStatus").WithSummary("The status of one referral the caller's shelter submitted");
        api.MapPost("/{id:guid}/withdraw", Withdraw).RequireAuthorization(ReferralPolicies.Submitters)
            .WithName("WithdrawReferral").WithSummary("Withdraw a referral not yet decided");

        api.MapVisitationApi();
        api.MapReferralReportsApi();
        api.MapAssignmentApi();
        api.MapActionPlanApi();
        routes.MapAccessLogApi<ReferralsDbContext>(Prefix);
        routes.MapTenantSettingsApi<ReferralsOptions, ReferralSettings>(Prefix);
        routes.MapAttentionApi<ReferralsDbContext>(Prefix);
        return routes;
    }

    private static async Task<Results<Created<ReferralStatusView>, ForbidHttpResult, ValidationProblem, ProblemHttpResult>> Submit(
        SubmitReferralRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, HttpContext http,
        TenantContext caller, ReferralSubmissions submissions, CancellationToken ct)
    {
        if (caller.Roles.Contains(Roles.Shelter) && caller.OrganisationId is null)
        {
            // A shelter user must belong to an organisation, or her referrals could not be shown back to her shelter.
            return TypedResults.Forbid();
        }

        if (idempotencyKey is not null && !IdempotencyKeys.IsWellFormed(idempotencyKey))
        {
            return ValidationProblems.ForHeader(IdempotencyKeys.Header, "IdempotencyKeyFormat", ReferralTexts.IdempotencyKeyFormat);
        }

        var outcome = await submissions.SubmitAsync(request, idempotencyKey, ct);
        if (outcome.Value is not { } submission)
        {
            return outcome.Refusal!.ToProblem(ReferralTexts.ResourceManager);
        }

        if (submission.Replayed)
        {
            http.Response.Headers[IdempotencyKeys.ReplayedHeader] = "true";
        }

        return TypedResults.Created($"{Prefix}/{submission.Referral.Id}/status", submission.Referral.ToStatusView());
    }

    private static async Task<Ok<Page<ReferralSummary>>> List(ReferralQueries referrals, ReferralStatus? status, [AsParameters] PageRequest page, CancellationToken ct) =>
        TypedResults.Ok(await referrals.ListAsync(status, page, ct));

    private static async Task<Results<Ok<ReferralView>, NotFound, ProblemHttpResult>> Get(Guid id, ReferralQueries referrals, CancellationToken ct) =>
        (await referrals.ReadAsync(id, ct)).ToOk(view => view, ReferralTexts.ResourceManager);

    private static async Task<Ok<Page<ReferralStatusView>>> ListSubmitted(ReferralQueries referrals, [AsParameters] PageRequest page, CancellationToken ct) =>
        TypedResults.Ok(await referrals.ListSubmittedAsync(page, ct));

    private static async Task<Results<Ok<ReferralStatusView>, NotFound>> GetStatus(Guid id, ReferralQueries referrals, CancellationToken ct) =>
        await referrals.StatusAsync(id, ct) is { } status ? TypedResults.Ok(status) : TypedResults.NotFound();

    private static async Task<Results<Ok<ReferralStatusView>, NotFound, ProblemHttpResult>> Withdraw(Guid id, ReferralSubmissions submissions, CancellationToken ct) =>
        (await submissions.WithdrawAsync(id, ct)).ToOk(r => r.ToStatusView(), ReferralTexts.ResourceManager);
}
