namespace CtiPlatform.Standalone;

/// <summary>The demo municipality and shelter the standalone host's users belong to.</summary>
public sealed class DemoOptions
{
    public string TenantId { get; set; } = "101";

    public string ShelterOrganisationId { get; set; } = "demo-krisecenter";

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(12);
}
