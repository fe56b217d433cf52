namespace CtiPlatform.ServiceDefaults.Security;

/// <summary>The platform's roles, as they appear in a token's <c>role</c> claim.</summary>
public static class Roles
{
    public const string CtiWorker = "cti-worker";
    public const string TeamLead = "team-lead";
    public const string VisitationCommittee = "visitation-committee";
    public const string Shelter = "shelter";
    public const string TenantAdmin = "tenant-admin";

    public static IReadOnlyList<string> All { get; } = [CtiWorker, TeamLead, VisitationCommittee, Shelter, TenantAdmin];
}
