using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.ServiceDefaults.Security;

/// <summary>How a service declares the policies of its own endpoints.</summary>
public static class PolicyExtensions
{
    /// <summary>
    /// Adds the policy <paramref name="name"/>: an authenticated caller with a subject, of a known municipality, holding
    /// any of <paramref name="roles"/>. Every policy of the platform is built this way, so none can forget the tenant or
    /// the subject.
    /// </summary>
    public static IServiceCollection AddRolePolicy(this IServiceCollection services, string name, params string[] roles)
    {
        ArgumentOutOfRangeException.ThrowIfZero(roles.Length);
        services.Configure<AuthorizationOptions>(options => options.AddPolicy(name, RolePolicy(roles)));
        return services;
    }

    internal static AuthorizationPolicy RolePolicy(IEnumerable<string> roles) =>
        new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            // Visibility compares the subject with the assigned worker: without one a caller is nobody the platform
            // can name in the access log, and a comparison with null must never be reached (docs/decisions/018-subject-required.md).
            .RequireAssertion(context => HasSubject(context.User))
            .RequireClaim(CtiClaimTypes.Tenant)
            .AddRequirements(new KnownTenantRequirement())
            .RequireRole(roles)
            .Build();

    internal static bool HasSubject(ClaimsPrincipal user) => !string.IsNullOrWhiteSpace(user.FindFirst(CtiClaimTypes.Subject)?.Value);
}
