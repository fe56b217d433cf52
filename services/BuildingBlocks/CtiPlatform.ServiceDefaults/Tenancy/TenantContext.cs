using CtiPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http;

namespace CtiPlatform.ServiceDefaults.Tenancy;

/// <summary>
/// Who is acting, for which municipality, in the current unit of work. In a request it is read from the
/// validated token; message consumers and background work set it explicitly with <see cref="Set"/>.
/// </summary>
public sealed class TenantContext(IHttpContextAccessor httpContextAccessor)
{
    private string? explicitTenant;
    private string? explicitActor;

    /// <summary>The municipality, or null when none is known (then tenant tables show nothing).</summary>
    public string? TenantId => explicitTenant ?? Claim(CtiClaimTypes.Tenant);

    /// <summary>The acting user's subject, or the system component that acts; null (never blank) when there is none.</summary>
    public string? ActorId => explicitActor ?? Claim(CtiClaimTypes.Subject);

    /// <summary>
    /// The shelter organisation the caller acts for. Only the shelter role acts as an organisation: the claim on any
    /// other caller's token is ignored, so it can neither narrow a municipal caller's view nor widen it to a shelter's
    /// (docs/decisions/018-subject-required.md, 009-shelter-acts-in-the-municipality.md).
    /// </summary>
    public string? OrganisationId => explicitTenant is null && Roles.Contains(Security.Roles.Shelter) ? Claim(CtiClaimTypes.Organisation) : null;

    /// <summary>The caller's roles (empty outside a request).</summary>
    public IReadOnlyList<string> Roles => explicitTenant is null
        ? httpContextAccessor.HttpContext?.User.FindAll(CtiClaimTypes.Role).Select(c => c.Value).ToList() ?? []
        : [];

    /// <summary>The tenant, for code that must not run without one.</summary>
    public string RequiredTenantId => TenantId ?? throw new InvalidOperationException("No tenant is set for this unit of work.");

    /// <summary>Sets the tenant for work that does not come from a request, such as a consumed message.</summary>
    public void Set(string tenantId, string actorId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        explicitTenant = tenantId;
        explicitActor = actorId;
    }

    // A blank claim is no claim: an empty subject must not match anything stored as empty.
    private string? Claim(string type) =>
        httpContextAccessor.HttpContext?.User.FindFirst(type)?.Value is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;
}
