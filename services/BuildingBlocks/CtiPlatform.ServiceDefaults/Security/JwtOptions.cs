using System.ComponentModel.DataAnnotations;

namespace CtiPlatform.ServiceDefaults.Security;

/// <summary>
/// How bearer tokens are validated. Either <see cref="SigningKey"/> (a base64 symmetric key, from a secret)
/// or <see cref="Authority"/> (OIDC metadata) must be set.
/// </summary>
public sealed class JwtOptions
{
    [Required]
    public string Issuer { get; set; } = "";

    [Required]
    public string Audience { get; set; } = "";

    public string? SigningKey { get; set; }

    public string? Authority { get; set; }

    public bool RequireHttpsMetadata { get; set; } = true;

    internal bool HasKeySource => !string.IsNullOrWhiteSpace(SigningKey) || !string.IsNullOrWhiteSpace(Authority);
}
