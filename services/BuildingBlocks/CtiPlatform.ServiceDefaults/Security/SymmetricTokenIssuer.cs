using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CtiPlatform.ServiceDefaults.Security;

/// <summary>
/// Mints tokens signed with a symmetric key, for the standalone host's demo users and for tests. Real
/// deployments take tokens from the municipality's identity provider instead.
/// </summary>
public sealed class SymmetricTokenIssuer(string issuer, string audience, string base64SigningKey)
{
    private readonly SigningCredentials credentials =
        new(new SymmetricSecurityKey(Convert.FromBase64String(base64SigningKey)), SecurityAlgorithms.HmacSha256);

    /// <summary>Creates a token for one user in one municipality; <paramref name="organisationId"/> is for shelter users.</summary>
    public string Issue(string subject, IEnumerable<string> roles, string tenantId, string? organisationId, DateTimeOffset now, TimeSpan lifetime)
    {
        var claims = new List<Claim> { new(CtiClaimTypes.Subject, subject), new(CtiClaimTypes.Tenant, tenantId) };
        claims.AddRange(roles.Select(r => new Claim(CtiClaimTypes.Role, r)));
        if (organisationId is not null)
        {
            claims.Add(new Claim(CtiClaimTypes.Organisation, organisationId));
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = now.UtcDateTime.AddMinutes(-1),
            IssuedAt = now.UtcDateTime,
            Expires = now.UtcDateTime.Add(lifetime),
            SigningCredentials = credentials,
        });
    }
}
