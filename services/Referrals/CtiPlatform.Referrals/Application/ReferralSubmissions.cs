using CtiPlatform.Contracts.Referrals;
using CtiPlatform.Domain;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.Referrals.Api;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.Referrals.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Referrals.Application;

/// <summary>Submitting a referral (once, whatever a client retries) and withdrawing it.</summary>
internal sealed class ReferralSubmissions(
    ReferralsDbContext db, TenantContext caller, PersonalDataProtector protector, TimeProvider clock, IOutbox outbox, IAccessLog accessLog)
{
    /// <summary>
    /// Submits the referral with the possible duplicates among open referrals and courses. With an
    /// <paramref name="idempotencyKey"/>, a retry gets the first referral back (docs/decisions/013-idempotent-submission.md).
    /// </summary>
    public async Task<Outcome<Submission>> SubmitAsync(SubmitReferralRequest request, string? idempotencyKey, CancellationToken ct)
    {
        var fingerprint = idempotencyKey is null ? "" : IdempotencyKeys.Fingerprint(request, protector);
        if (idempotencyKey is not null && await IdempotencyKeys.FindAsync(db, caller, idempotencyKey, ct) is { } earlier)
        {
            return await ReplayAsync(earlier, fingerprint, ct);
        }

        var woman = WomanIdentity.Protect(request.Woman!, protector);
        var duplicates = await db.Referrals.Where(Referral.Open)
            .Where(r => (woman.CprLookupHash != null && r.Woman.CprLookupHash == woman.CprLookupHash) || r.Woman.NameLookupHash == woman.NameLookupHash)
            .Select(r => r.Id)
            .ToListAsync(ct);
        var submitted = Referral.Submit(
            Guid.CreateVersion7(), caller.RequiredTenantId, caller.OrganisationId, caller.ActorId!, clock.GetUtcNow(), woman,
            (request.Children ?? []).Select(c => new Child(c.FirstName!, c.Age!.Value)).ToList(),
            request.Criteria!.Select(c => new CriterionAssessment(c.Criterion!.Value, c.Met!.Value, c.Justification ?? "")).ToList(),
            request.ActionPlanDate!.Value, request.ExpectedMoveOutDate!.Value, request.ConsentToShareHistory!.Value,
            request.ShelterContact!.Name!, request.ShelterContact.Phone!, duplicates);
        if (submitted.Value is not { } referral)
        {
            return submitted.Refusal!;
        }

        db.Referrals.Add(referral);
        outbox.Publish(new ReferralSubmitted { ReferralId = referral.Id, TenantId = referral.TenantId, SubmittedAt = referral.SubmittedAt });
        accessLog.Record(ReferralQueries.Subject, referral.Id.ToString(), AccessAction.Change, AccessPurposes.ReferralSubmission);
        if (idempotencyKey is null)
        {
            return new Submission(referral, Replayed: false);
        }

        // Referral, event, log line and key go in one save, so that losing the race for the key takes all back.
        db.SubmissionKeys.Add(new SubmissionKey
        {
            TenantId = referral.TenantId, SubmittedBy = referral.SubmittedBy, Key = idempotencyKey, Fingerprint = fingerprint,
            ReferralId = referral.Id, CreatedAt = referral.SubmittedAt,
        });
        try
        {
            await db.SaveChangesAsync(ct);
            return new Submission(referral, Replayed: false);
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

            return await ReplayAsync(winner, fingerprint, ct);
        }
    }

    /// <summary>Withdraws a referral the caller may withdraw: her shelter's, or one a caseworker submitted herself.</summary>
    public async Task<Outcome<Referral>> WithdrawAsync(Guid id, CancellationToken ct)
    {
        var referral = await db.Referrals.WithdrawableBy(caller).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null)
        {
            return Outcome<Referral>.NotFound;
        }

        if (referral.Withdraw(clock.GetUtcNow()) is { } refusal)
        {
            return refusal;
        }

        outbox.Publish(new ReferralWithdrawn { ReferralId = id, TenantId = referral.TenantId, WithdrawnAt = referral.WithdrawnAt!.Value });
        accessLog.Record(ReferralQueries.Subject, id.ToString(), AccessAction.Change, AccessPurposes.ReferralWithdrawal);
        return referral;
    }

    private async Task<Outcome<Submission>> ReplayAsync(SubmissionKey earlier, string fingerprint, CancellationToken ct)
    {
        if (earlier.Fingerprint != fingerprint)
        {
            return ReferralRefusal.IdempotencyKeyReused;
        }

        var referral = await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == earlier.ReferralId, ct);
        return new Submission(referral, Replayed: true);
    }
}
