using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;

namespace CtiPlatform.Persistence.AccessLogging;

/// <summary>
/// Why personal data was read or changed, as the access log records it: one vocabulary for every service, so a
/// tenant admin reading the logs of several services reads the same words.
/// </summary>
public static class AccessPurposes
{
    /// <summary>The worker handles her own case.</summary>
    public const string CaseHandling = "case-handling";

    /// <summary>A team lead oversees caseload and fidelity.</summary>
    public const string CaseloadManagement = "caseload-management";

    /// <summary>The visitation committee prepares or makes a decision.</summary>
    public const string Visitation = "visitation";

    public const string ReferralSubmission = "referral-submission";

    public const string ReferralWithdrawal = "referral-withdrawal";

    public const string VisitationDecision = "visitation-decision";

    /// <summary>A team lead hands a running course over to another worker.</summary>
    public const string Reassignment = "reassignment";

    /// <summary>A report read by a team lead or tenant admin whose rows carry her case's free text.</summary>
    public const string Reporting = "reporting";

    /// <summary>What a caller reads for, from the role she acts in: the most supervisory role decides.</summary>
    public static string ForReader(TenantContext caller) =>
        caller.Roles.Contains(Roles.VisitationCommittee) ? Visitation
        : caller.Roles.Contains(Roles.TeamLead) ? CaseloadManagement
        : CaseHandling;
}
