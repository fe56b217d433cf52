using CtiPlatform.Referrals.Domain;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;

namespace CtiPlatform.Referrals.Application;

/// <summary>
/// Who may see which referral within a municipality (the tenant itself is enforced by the context and RLS):
/// the committee and team leads see all, a worker only those assigned to her until her access ends after the
/// course closed, a shelter only its own. Anything else is simply absent, so callers answer 404 and never reveal
/// that it exists. A caller without a subject or organisation sees nothing: every branch fails closed.
/// </summary>
internal static class ReferralVisibility
{
    /// <param name="today">Today's Danish date, against which the worker's access after closure is judged.</param>
    public static IQueryable<Referral> VisibleTo(this IQueryable<Referral> referrals, TenantContext caller, DateOnly today)
    {
        var roles = caller.Roles;
        if (roles.Contains(Roles.VisitationCommittee) || roles.Contains(Roles.TeamLead))
        {
            return referrals;
        }

        if (roles.Contains(Roles.CtiWorker))
        {
            // Never compare with a null subject: in SQL that could match every unassigned referral.
            return caller.ActorId is { } actor
                ? referrals.Where(r => r.WorkerId == actor && (r.WorkerAccessEndsOn == null || r.WorkerAccessEndsOn > today))
                : referrals.Where(_ => false);
        }

        return referrals.SubmittedByOrganisationOf(caller);
    }

    public static IQueryable<Referral> SubmittedByOrganisationOf(this IQueryable<Referral> referrals, TenantContext caller)
    {
        var organisation = caller.OrganisationId;
        return organisation is null ? referrals.Where(_ => false) : referrals.Where(r => r.ShelterOrganisationId == organisation);
    }

    /// <summary>A shelter withdraws its organisation's referrals; a municipal caseworker those she submitted herself.</summary>
    public static IQueryable<Referral> WithdrawableBy(this IQueryable<Referral> referrals, TenantContext caller)
    {
        if (caller.OrganisationId is not null)
        {
            return referrals.SubmittedByOrganisationOf(caller);
        }

        return caller.ActorId is { } actor ? referrals.Where(r => r.SubmittedBy == actor) : referrals.Where(_ => false);
    }
}
