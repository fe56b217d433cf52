using CtiPlatform.Contracts.Referrals;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Persistence;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.Referrals.Persistence;
using CtiPlatform.Referrals.Resources;
using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

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
            .AddEndpointFilter<ReferralRuleFilter>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapPost("/", Submit).RequireAuthorization(Policies.ReferralSubmitters).Validates<SubmitReferralRequest>()
            .WithName("SubmitReferral").WithSummary("Submit a referral to the municipality");
        api.MapGet("/", List).RequireAuthorization(Policies.Supervisors)
            .WithName("ListReferrals").WithSummary("List referrals, without personal data");
        api.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.MunicipalStaff)
            .WithName("GetReferral").WithSummary("Read a referral with her personal data (access-logged)");
        api.MapGet("/submitted", ListSubmitted).RequireAuthorization(Policies.Shelter)
            .WithName("ListSubmittedReferrals").WithSummary("The status of the referrals the caller's shelter submitted");
        api.MapGet("/{id:guid}/status", GetStatus).RequireAuthorization(Policies.Shelter)
            .WithName("GetReferralStatus").WithSummary("The status of one referral the caller's shelter submitted");
        api.MapPost("/{id:guid}/withdraw", Withdraw).RequireAuthorization(Policies.ReferralSubmitters)
            .WithName("WithdrawReferral").WithSummary("Withdraw a referral not yet decided");

        api.MapVisitationApi();
        api.MapReferralReportsApi();
        routes.MapAccessLogApi<ReferralsDbContext>(Prefix);
        return routes;
    }

    private static async Task<Results<Created<ReferralStatusView>, ForbidHttpResult, ValidationProblem, ProblemHttpResult>> Submit(
        SubmitReferralRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, HttpContext http,
        ReferralsDbContext db, TenantContext caller, PersonalDataProtector protector, TimeProvider clock, IOutbox outbox, IAccessLog accessLog,
        CancellationToken ct)
    {
        if (caller.Roles.Contains(Roles.Shelter) && caller.OrganisationId is null)
        {
            // A shelter user must belong to an organisation, or her referrals could not be shown back to her shelter.
            return TypedResults.Forbid();
        }

        var fingerprint = "";
        if (idempotencyKey is not null)
        {
            if (!IdempotencyKeys.IsWellFormed(idempotencyKey))
            {
                return ValidationProblems.ForHeader(IdempotencyKeys.Header, "IdempotencyKeyFormat", ReferralTexts.IdempotencyKeyFormat);
            }

            fingerprint = IdempotencyKeys.Fingerprint(request, protector);
            if (await IdempotencyKeys.FindAsync(db, caller, idempotencyKey, ct) is { } earlier)
            {
                return await ReplayAsync(earlier, fingerprint, http, db, ct);
            }
        }

        var input = request.Woman!;
        var cpr = input.Cpr?.Replace("-", "", StringComparison.Ordinal);
        var cprHash = cpr is null ? null : protector.LookupHash("cpr:" + cpr);
        var nameHash = protector.LookupHash(NameLookupKey(input.Name!, input.DateOfBirth!.Value));
        var duplicates = await db.Referrals
            .Where(r => (cprHash != null && r.Woman.CprLookupHash == cprHash) || r.Woman.NameLookupHash == nameHash)
            .Where(r => r.Status == ReferralStatus.Submitted || r.Status == ReferralStatus.OnAgenda
                || (r.Status == ReferralStatus.Approved && r.CourseEndedOn == null))
            .Select(r => r.Id)
            .ToListAsync(ct);

        var woman = new Woman(
            input.Name!.Trim(), input.DateOfBirth.Value, cpr is null ? null : protector.Protect(cpr), cprHash, nameHash,
            protector.Protect(input.Phone!), input.PreferredLanguage!, input.InterpreterNeeded!.Value);
        var referral = Referral.Submit(
            Guid.CreateVersion7(), caller.RequiredTenantId, caller.OrganisationId, caller.ActorId!, clock.GetUtcNow(), woman,
            (request.Children ?? []).Select(c => new Child(c.FirstName!, c.Age!.Value)).ToList(),
            request.Criteria!.Select(c => new CriterionAssessment(c.Criterion!.Value, c.Met!.Value, c.Justification ?? "")).ToList(),
            request.ActionPlanDate!.Value, request.ExpectedMoveOutDate!.Value, request.ConsentToShareHistory!.Value,
            request.ShelterContact!.Name!, request.ShelterContact.Phone!, duplicates);
        db.Referrals.Add(referral);
        outbox.Publish(new ReferralSubmitted { ReferralId = referral.Id, TenantId = referral.TenantId, SubmittedAt = referral.SubmittedAt });
        if (idempotencyKey is not null)
        {
            // Referral, event and key go in one save, so that losing the race for the key takes all three back.
            db.SubmissionKeys.Add(new SubmissionKey
            {
                TenantId = referral.TenantId, SubmittedBy = referral.SubmittedBy, Key = idempotencyKey, Fingerprint = fingerprint,
                ReferralId = referral.Id, CreatedAt = referral.SubmittedAt,
            });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // A concurrent retry with the same key committed first (its key row held ours back until then). EF has
                // rolled this attempt back to its savepoint; the retry's referral is the answer.
                db.ChangeTracker.Clear();
                var winner = await IdempotencyKeys.FindAsync(db, caller, idempotencyKey, ct);
                if (winner is null)
                {
                    throw;
                }

                return await ReplayAsync(winner, fingerprint, http, db, ct);
            }
        }

        await accessLog.RecordAsync(ReferralAccess.Subject, referral.Id.ToString(), AccessAction.Change, ReferralAccess.SubmissionPurpose, ct);
        return CreatedFor(referral);
    }

    private static async Task<Results<Created<ReferralStatusView>, ForbidHttpResult, ValidationProblem, ProblemHttpResult>> ReplayAsync(
        SubmissionKey earlier, string fingerprint, HttpContext http, ReferralsDbContext db, CancellationToken ct)
    {
        if (earlier.Fingerprint != fingerprint)
        {
            return ValidationProblems.Unprocessable(IdempotencyKeys.Header, "IdempotencyKeyReused", ReferralTexts.IdempotencyKeyReused);
        }

        var referral = await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == earlier.ReferralId, ct);
        http.Response.Headers[IdempotencyKeys.ReplayedHeader] = "true";
        return CreatedFor(referral);
    }

    private static Created<ReferralStatusView> CreatedFor(Referral referral) =>
        TypedResults.Created($"{Prefix}/{referral.Id}/status", referral.ToStatusView());

    private static async Task<Ok<ReferralSummary[]>> List(ReferralsDbContext db, ReferralStatus? status, CancellationToken ct)
    {
        var query = db.Referrals.AsNoTracking();
        if (status is not null)
        {
            query = query.Where(r => r.Status == status);
        }

        var referrals = await query.OrderBy(r => r.SubmittedAt).ToListAsync(ct);
        return TypedResults.Ok(referrals.Select(r => r.ToSummary()).ToArray());
    }

    private static async Task<Results<Ok<ReferralView>, NotFound>> Get(
        Guid id, ReferralsDbContext db, TenantContext caller, PersonalDataProtector protector, IAccessLog accessLog, CancellationToken ct)
    {
        var referral = await db.Referrals.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }

        await accessLog.RecordAsync(ReferralAccess.Subject, id.ToString(), AccessAction.Read, ReferralAccess.ReadPurpose(caller), ct);
        return TypedResults.Ok(referral.ToView(protector));
    }

    private static async Task<Ok<ReferralStatusView[]>> ListSubmitted(ReferralsDbContext db, TenantContext caller, CancellationToken ct)
    {
        var referrals = await db.Referrals.AsNoTracking().SubmittedByOrganisationOf(caller).OrderBy(r => r.SubmittedAt).ToListAsync(ct);
        return TypedResults.Ok(referrals.Select(r => r.ToStatusView()).ToArray());
    }

    private static async Task<Results<Ok<ReferralStatusView>, NotFound>> GetStatus(Guid id, ReferralsDbContext db, TenantContext caller, CancellationToken ct)
    {
        var referral = await db.Referrals.AsNoTracking().SubmittedByOrganisationOf(caller).SingleOrDefaultAsync(r => r.Id == id, ct);
        return referral is null ? TypedResults.NotFound() : TypedResults.Ok(referral.ToStatusView());
    }

    private static async Task<Results<Ok<ReferralStatusView>, NotFound>> Withdraw(
        Guid id, ReferralsDbContext db, TenantContext caller, TimeProvider clock, IOutbox outbox, IAccessLog accessLog, CancellationToken ct)
    {
        var referral = await db.Referrals.WithdrawableBy(caller).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }

        referral.Withdraw(clock.GetUtcNow());
        outbox.Publish(new ReferralWithdrawn { ReferralId = id, TenantId = referral.TenantId, WithdrawnAt = referral.WithdrawnAt!.Value });
        await accessLog.RecordAsync(ReferralAccess.Subject, id.ToString(), AccessAction.Change, ReferralAccess.WithdrawalPurpose, ct);
        return TypedResults.Ok(referral.ToStatusView());
    }

    // Case and spacing differ between forms filled in by different people; the same woman must still match.
    private static string NameLookupKey(string name, DateOnly dateOfBirth) =>
        $"name:{string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant()}|{dateOfBirth:yyyy-MM-dd}";
}
