using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;

namespace CtiPlatform.Referrals.Api;

/// <summary>How referral accesses are named in the access log, and the purpose each kind of caller reads for.</summary>
internal static class ReferralAccess
{
    public const string Subject = "referral";
    public const string SubmissionPurpose = "referral-submission";
    public const string WithdrawalPurpose = "referral-withdrawal";
    public const string DecisionPurpose = "visitation-decision";

    public static string ReadPurpose(TenantContext caller) =>
        caller.Roles.Contains(Roles.VisitationCommittee) ? "visitation"
        : caller.Roles.Contains(Roles.TeamLead) ? "caseload-management"
        : "case-handling";
}
