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
        var fingerprint = idempotencyKey is null ? "" : IdempotencyKeys.Fingerprint(request, protector, caller.RequiredTenantId);
        if (idempotencyKey is not null && await IdempotencyKeys.FindAsync(db, caller, idempotencyKey, ct) is { } earlier)
        {
            return await ReplayAsync(earlier, request, ct);
        }

        // The id comes first: every encrypted value is bound to the row it is written for.
        var cells = new ReferralCells(caller.RequiredTenantId, Guid.CreateVersion7());
        var woman = WomanIdentity.Protect(request.Woman!, protector, cells);
        var lookup = WomanIdentity.Lookup(request.Woman!, protector, cells.TenantId);
        var duplicates = await db.Referrals.Where(Referral.Open)
            .Where(r => (r.Woman.CprLookupHash != null && lookup.CprHashes.Contains(r.Woman.CprLookupHash)) || lookup.NameHashes.Contains(r.Woman.NameLookupHash))
            .Select(r => r.Id)
            .ToListAsync(ct);
        var submitted = Referral.Submit(
            cells.ReferralId, cells.TenantId, caller.OrganisationId, caller.ActorId!, clock.GetUtcNow(), woman,
            ReferralProtection.ProtectChildren(ReferralProtection.Children(request.Children), protector, cells.Children),
            ReferralProtection.ProtectChildren(ReferralProtection.Children(request.ChildrenWithFather), protector, cells.ChildrenWithFather),
            ReferralProtection.ProtectCriteria(request.Criteria!, protector, cells),
            request.ActionPlanDate!.Value, request.ExpectedMoveOutDate!.Value, request.ConsentToShareHistory!.Value,
            protector.Protect(request.ShelterContact!.Name!, cells.ShelterContactName), protector.Protect(request.ShelterContact.Phone!, cells.ShelterContactPhone),
            ToSituation(request.Situation!), duplicates);
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

            return await ReplayAsync(winner, request, ct);
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

    private static Situation ToSituation(SituationInput s) => new(
        s.WantsCti!.Value, s.ShelterEnteredOn!.Value, s.HomeAllocated!.Value, s.HomeAvailableFrom, s.ProtectedAddress!.Value, s.SmsSafe!.Value);

    private async Task<Outcome<Submission>> ReplayAsync(SubmissionKey earlier, SubmitReferralRequest request, CancellationToken ct)
    {
        if (!IdempotencyKeys.Matches(earlier, request, protector))
        {
            return ReferralRefusal.IdempotencyKeyReused;
        }

        var referral = await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == earlier.ReferralId, ct);
        return new Submission(referral, Replayed: true);
    }
}
