using Microsoft.AspNetCore.Authentication.JwtBearer;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CtiPlatform.ServiceDefaults.Security;

/// <summary>JWT bearer authentication and the platform's role policies.</summary>
public static class AuthenticationExtensions
{
    /// <summary>
    /// Validates bearer tokens per <see cref="JwtOptions"/>, registers one policy per role, makes an
    /// unauthenticated request the fallback refusal, and fails start-up if any endpoint has no policy.
    /// </summary>
    public static WebApplicationBuilder AddCtiAuthentication(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<JwtOptions>()
            .BindConfiguration(nameof(JwtOptions))
            .ValidateDataAnnotations()
            .Validate(o => o.HasKeySource, "JwtOptions needs SigningKey or Authority.")
            .ValidateOnStart();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>>((bearer, jwt) => Configure(bearer, jwt.Value));

        builder.Services.AddAuthorization(options =>
        {
            foreach (var role in Policies.RolePolicies)
            {
                options.AddPolicy(role, PolicyExtensions.RolePolicy([role]));
            }

            // Defence in depth: an endpoint that slipped past the start-up check still refuses anonymous callers.
            options.FallbackPolicy = new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireAssertion(context => PolicyExtensions.HasSubject(context.User))
                .Build();
        });
        builder.Services.AddSingleton<IAuthorizationHandler, KnownTenantHandler>();
        builder.Services.AddOptions<TenantOptions>().BindConfiguration(nameof(TenantOptions));
        builder.Services.AddTransient<IStartupFilter, EndpointPolicyVerifier>();
        return builder;
    }

    private static void Configure(JwtBearerOptions bearer, JwtOptions jwt)
    {
        // Claim names stay as issued ("role", "tenant_id"), so policies and the tenant context read them directly.
        bearer.MapInboundClaims = false;
        bearer.RequireHttpsMetadata = jwt.RequireHttpsMetadata;
        if (!string.IsNullOrWhiteSpace(jwt.Authority))
        {
            bearer.Authority = jwt.Authority;
        }

        bearer.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = jwt.Issuer,
            ValidAudience = jwt.Audience,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = TimeSpan.FromSeconds(30),
            NameClaimType = CtiClaimTypes.Subject,
            RoleClaimType = CtiClaimTypes.Role,
            IssuerSigningKey = string.IsNullOrWhiteSpace(jwt.SigningKey)
                ? null
                : new SymmetricSecurityKey(Convert.FromBase64String(jwt.SigningKey)),
        };
    }
}
