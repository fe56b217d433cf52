using System.Security.Cryptography;
using CtiPlatform.Domain;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.Persistence.Paging;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.Referrals.Api;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.Referrals.Persistence;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Referrals.Application;

/// <summary>Reads referrals as the caller may see them; a read of her personal data is access-logged.</summary>
internal sealed class ReferralQueries(
    ReferralsDbContext db, TenantContext caller, PersonalDataProtector protector, IAccessLog accessLog, IOptions<ReferralsOptions> options,
    TimeProvider clock, ILogger<ReferralQueries> logger)
{
    /// <summary>How the access log names a referral.</summary>
    public const string Subject = "referral";

    /// <summary>Referrals without personal data, in submission order.</summary>
    public async Task<Page<ReferralSummary>> ListAsync(ReferralStatus? status, PageRequest page, CancellationToken ct)
    {
        var query = db.Referrals.AsNoTracking();
        if (status is not null)
        {
            query = query.Where(r => r.Status == status);
        }

        return (await query.ToPageAsync(r => r.Id, page, ct)).Map(r => r.ToSummary());
    }

    /// <summary>
    /// One referral with her personal data; not found when the caller may not see it, refused when her data does not
    /// decrypt for this row (moved from elsewhere, altered, or its key taken out of the ring too early).
    /// </summary>
    public async Task<Outcome<ReferralView>> ReadAsync(Guid id, CancellationToken ct)
    {
        var referral = await db.Referrals.AsNoTracking().VisibleTo(caller, CopenhagenCalendar.DateAt(clock.GetUtcNow())).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null)
        {
            return Outcome<ReferralView>.NotFound;
        }

        ReferralView view;
        try
        {
            view = referral.ToView(protector);
        }
        catch (CryptographicException exception)
        {
            // Ids and the failing field only: the message of the protector never holds data.
            logger.LogError("Referral {ReferralId} of tenant {TenantId} has personal data that does not decrypt: {Reason}", id, referral.TenantId, exception.Message);
            return ReferralRefusal.ProtectedDataUnreadable;
        }

        accessLog.Record(Subject, id.ToString(), AccessAction.Read, AccessPurposes.ForReader(caller));

        // Whether a plan is attached, never its content: that is opened, and logged, on its own.
        return view with
        {
            ActionPlan = await db.ActionPlans.AsNoTracking().Where(p => p.ReferralId == id)
                .Select(p => new ActionPlanAttachment(p.SizeBytes, p.UploadedAt, p.UploadedBy)).SingleOrDefaultAsync(ct),
        };
    }

    /// <summary>The status of the referrals the caller's shelter submitted, in submission order.</summary>
    public async Task<Page<ReferralStatusView>> ListSubmittedAsync(PageRequest page, CancellationToken ct) =>
        (await db.Referrals.AsNoTracking().SubmittedByOrganisationOf(caller).ToPageAsync(r => r.Id, page, ct)).Map(r => r.ToStatusView());

    public async Task<ReferralStatusView?> StatusAsync(Guid id, CancellationToken ct) =>
        (await db.Referrals.AsNoTracking().SubmittedByOrganisationOf(caller).SingleOrDefaultAsync(r => r.Id == id, ct))?.ToStatusView();

    /// <summary>The referrals on one meeting's agenda: a meeting's agenda is bounded by what the committee can treat.</summary>
    public async Task<IReadOnlyList<ReferralSummary>> AgendaAsync(DateOnly meetingDate, CancellationToken ct) =>
        (await db.Referrals.AsNoTracking().Where(r => r.AgendaMeetingDate == meetingDate).OrderBy(r => r.SubmittedAt).ToListAsync(ct))
        .Select(r => r.ToSummary()).ToList();

    /// <summary>Each worker's active courses and weighted load against the municipality's limit.</summary>
    public async Task<IReadOnlyList<WorkerCaseloadView>> CaseloadAsync(CancellationToken ct)
    {
        var policy = options.Value.For(caller.RequiredTenantId).Caseload;
        var courses = await db.WorkerCourses.AsNoTracking().ToListAsync(ct);
        return courses.GroupBy(c => c.WorkerId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var load = g.Sum(c => policy.Weigh(c.Phase));
            return new WorkerCaseloadView(g.Key, g.Count(), g.Count(c => c.Phase == 1), load, policy.Limit, load > policy.Limit);
        }).ToList();
    }

    /// <summary>
    /// The registration report (seed 001) for referrals submitted in [from, to), in submission order. Its rows carry the
    /// committee's free-text reasons, so each row read is access-logged like a read of the referral.
    /// </summary>
    public async Task<Page<RegistrationReportRow>> ReportAsync(DateTimeOffset? from, DateTimeOffset? to, PageRequest page, CancellationToken ct)
    {
        var query = db.Referrals.AsNoTracking();
        if (from is not null)
        {
            query = query.Where(r => r.SubmittedAt >= from);
        }

        if (to is not null)
        {
            query = query.Where(r => r.SubmittedAt < to);
        }

        var rows = (await query.ToPageAsync(r => r.Id, page, ct)).Map(r => r.ToReportRow());
        foreach (var row in rows.Items)
        {
            accessLog.Record(Subject, row.ReferralId.ToString(), AccessAction.Read, AccessPurposes.Reporting);
        }

        return rows;
    }
}
