namespace CtiPlatform.ServiceDefaults.Security;

/// <summary>
/// Authorization policy names for single roles: each role has a policy of the same name. Policies that combine
/// roles belong to the service that needs them and are declared there with <see cref="PolicyExtensions.AddRolePolicy"/>.
/// Every policy also requires a known tenant and a subject, so no request can run without a municipality or without a user.
/// </summary>
public static class Policies
{
    public const string CtiWorker = Roles.CtiWorker;
    public const string TeamLead = Roles.TeamLead;
    public const string VisitationCommittee = Roles.VisitationCommittee;
    public const string Shelter = Roles.Shelter;
    public const string TenantAdmin = Roles.TenantAdmin;

    internal static IReadOnlyList<string> RolePolicies { get; } = [CtiWorker, TeamLead, VisitationCommittee, Shelter, TenantAdmin];
}
