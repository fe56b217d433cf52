namespace CtiPlatform.Persistence.Tenancy;

/// <summary>
/// An entity that belongs to one municipality. The context filters it by the current tenant and refuses to
/// save it for another; in PostgreSQL its table also carries a row-level security policy on <c>tenant_id</c>.
/// </summary>
public interface ITenantOwned
{
    string TenantId { get; }
}
