namespace CtiPlatform.ServiceDefaults.Tenancy;

/// <summary>
/// The municipalities this installation serves. Adding one is configuration, not a deployment; a token
/// naming a municipality that is not listed is refused.
/// </summary>
public sealed class TenantOptions
{
    public List<TenantDefinition> Tenants { get; set; } = [];

    public bool IsKnown(string? tenantId) => tenantId is not null && Tenants.Exists(t => t.Id == tenantId);
}
