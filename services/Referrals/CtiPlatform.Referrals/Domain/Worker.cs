using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.Referrals.Domain;

/// <summary>
/// A CTI worker the municipality knows, identified by her subject at the identity provider. Only an active worker
/// can be assigned a course; a deactivated one keeps her row, so who was registered when stays answerable
/// (docs/decisions/019-worker-registry.md).
/// </summary>
public sealed class Worker : ITenantOwned
{
    private Worker()
    {
    }

    public string TenantId { get; private set; } = "";

    /// <summary>The worker's <c>sub</c> claim: what her token carries and what courses are assigned to.</summary>
    public string WorkerId { get; private set; } = "";

    public bool Active { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public string RegisteredBy { get; private set; } = "";

    public DateTimeOffset? DeactivatedAt { get; private set; }

    public string? DeactivatedBy { get; private set; }

    public static Worker Register(string tenantId, string workerId, string registeredBy, DateTimeOffset at) =>
        new() { TenantId = tenantId, WorkerId = workerId, Active = true, RegisteredAt = at, RegisteredBy = registeredBy };

    /// <summary>Makes a deactivated worker assignable again; registering an active worker changes nothing.</summary>
    public void Reactivate(string registeredBy, DateTimeOffset at)
    {
        if (Active)
        {
            return;
        }

        Active = true;
        RegisteredAt = at;
        RegisteredBy = registeredBy;
        DeactivatedAt = null;
        DeactivatedBy = null;
    }

    /// <summary>No new course can be assigned to her; her running courses stay hers until the team lead reassigns them.</summary>
    public void Deactivate(string deactivatedBy, DateTimeOffset at)
    {
        if (!Active)
        {
            return;
        }

        Active = false;
        DeactivatedAt = at;
        DeactivatedBy = deactivatedBy;
    }
}
