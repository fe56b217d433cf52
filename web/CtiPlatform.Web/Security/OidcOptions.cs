using System.ComponentModel.DataAnnotations;

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

    /// <summary>
    /// How long before the access token expires the app renews it with the session's refresh token (decision 808); more
    /// than the services' 30 seconds of clock skew, so no call carries a token that expires on its way.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RefreshBefore { get; set; } = TimeSpan.FromMinutes(1);

    internal bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);
}
