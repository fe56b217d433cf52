namespace CtiPlatform.Web.Security;

/// <summary>
/// The standalone host's demo log-in, section <c>DemoLoginOptions</c>: one demo user per role of one municipality,
/// with tokens minted with the host's own <c>JwtOptions:SigningKey</c> (decisions 007, 023, 802). Off everywhere else.
/// </summary>
public sealed class DemoLoginOptions
{
    public bool Enabled { get; set; }

    public string TenantId { get; set; } = "101";

    public string ShelterOrganisationId { get; set; } = "demo-krisecenter";

    /// <summary>A working day; the session still ends after <see cref="WebOptions.IdleTimeout"/> without activity.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
