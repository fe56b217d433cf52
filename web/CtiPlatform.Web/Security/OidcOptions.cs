namespace CtiPlatform.Web.Security;

/// <summary>The municipality's identity provider (OpenID Connect, code flow with PKCE), section <c>OidcOptions</c>.</summary>
public sealed class OidcOptions
{
    /// <summary>The issuer URL; its <c>/.well-known/openid-configuration</c> is read from there.</summary>
    public string? Authority { get; set; }

    public string ClientId { get; set; } = "cti-web";

    /// <summary>From a secret, never from a committed file.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Scopes beyond <c>openid</c>, e.g. the one that puts the platform's audience in the access token.</summary>
    public List<string> Scopes { get; set; } = [];

    public bool RequireHttpsMetadata { get; set; } = true;

    internal bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);
}
