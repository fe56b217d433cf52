using CtiPlatform.ServiceDefaults.Security;

namespace CtiPlatform.Referrals;

/// <summary>The authorization policies of the referrals API that combine roles, declared by <see cref="ReferralsExtensions.AddReferrals"/>.</summary>
public static class ReferralPolicies
{
    /// <summary>The municipality's own staff: workers, team leads and the visitation committee (caseworkers act in these roles).</summary>
    public const string MunicipalStaff = "municipal-staff";

    /// <summary>Those who oversee caseload and decisions: team leads and the visitation committee.</summary>
    public const string Supervisors = "supervisors";

    /// <summary>Those who may export reports: team leads and tenant admins.</summary>
    public const string Reporting = "reporting";

    /// <summary>Those who may refer a woman: shelters and the municipality's own staff.</summary>
    public const string Submitters = "referral-submitters";

    /// <summary>Those who keep the municipality's worker registry: team leads and tenant admins.</summary>
    public const string WorkerAdministration = "worker-administration";

    /// <summary>Those who read the worker registry: its keepers and the committee, which assigns from it.</summary>
    public const string WorkerDirectory = "worker-directory";

    internal static void Add(IServiceCollection services) => services
        .AddRolePolicy(MunicipalStaff, Roles.CtiWorker, Roles.TeamLead, Roles.VisitationCommittee)
        .AddRolePolicy(Supervisors, Roles.TeamLead, Roles.VisitationCommittee)
        .AddRolePolicy(Reporting, Roles.TeamLead, Roles.TenantAdmin)
        .AddRolePolicy(Submitters, Roles.Shelter, Roles.CtiWorker, Roles.TeamLead, Roles.VisitationCommittee)
        .AddRolePolicy(WorkerAdministration, Roles.TeamLead, Roles.TenantAdmin)
        .AddRolePolicy(WorkerDirectory, Roles.TeamLead, Roles.TenantAdmin, Roles.VisitationCommittee);
}
