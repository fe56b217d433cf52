namespace CtiPlatform.ServiceDefaults.Security;

/// <summary>
/// Authorization policy names. Each role has a policy of the same name; combined policies name who may act
/// together. Every policy also requires a tenant claim, so no request can run without a municipality.
/// </summary>
public static class Policies
{
    public const string CtiWorker = Roles.CtiWorker;
    public const string TeamLead = Roles.TeamLead;
    public const string VisitationCommittee = Roles.VisitationCommittee;
    public const string Shelter = Roles.Shelter;
    public const string TenantAdmin = Roles.TenantAdmin;

    /// <summary>The people who work a course: the CTI worker and the team lead.</summary>
    public const string CourseStaff = "course-staff";

    /// <summary>The municipality's own staff: workers, team leads and the visitation committee (caseworkers act in these roles).</summary>
    public const string MunicipalStaff = "municipal-staff";

    /// <summary>Those who oversee caseload and decisions: team leads and the visitation committee.</summary>
    public const string Supervisors = "supervisors";

    /// <summary>Those who may export reports: team leads and tenant admins.</summary>
    public const string Reporting = "reporting";

    /// <summary>Those who may refer a woman: shelters and the municipality's own staff.</summary>
    public const string ReferralSubmitters = "referral-submitters";

    internal static IReadOnlyDictionary<string, string[]> RolesByPolicy { get; } = new Dictionary<string, string[]>
    {
        [CtiWorker] = [Roles.CtiWorker],
        [TeamLead] = [Roles.TeamLead],
        [VisitationCommittee] = [Roles.VisitationCommittee],
        [Shelter] = [Roles.Shelter],
        [TenantAdmin] = [Roles.TenantAdmin],
        [CourseStaff] = [Roles.CtiWorker, Roles.TeamLead],
        [MunicipalStaff] = [Roles.CtiWorker, Roles.TeamLead, Roles.VisitationCommittee],
        [Supervisors] = [Roles.TeamLead, Roles.VisitationCommittee],
        [Reporting] = [Roles.TeamLead, Roles.TenantAdmin],
        [ReferralSubmitters] = [Roles.Shelter, Roles.CtiWorker, Roles.TeamLead, Roles.VisitationCommittee],
    };
}
