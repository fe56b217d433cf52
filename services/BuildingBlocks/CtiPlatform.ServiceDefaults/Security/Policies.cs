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

    internal static IReadOnlyDictionary<string, string[]> RolesByPolicy { get; } = new Dictionary<string, string[]>
    {
        [CtiWorker] = [Roles.CtiWorker],
        [TeamLead] = [Roles.TeamLead],
        [VisitationCommittee] = [Roles.VisitationCommittee],
        [Shelter] = [Roles.Shelter],
        [TenantAdmin] = [Roles.TenantAdmin],
        [CourseStaff] = [Roles.CtiWorker, Roles.TeamLead],
    };
}
