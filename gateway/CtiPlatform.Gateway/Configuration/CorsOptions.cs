namespace CtiPlatform.Gateway.Configuration;

/// <summary>Browser origins allowed to call the gateway from another origin; none by default.</summary>
public sealed class CorsOptions
{
    public List<string> AllowedOrigins { get; set; } = [];
}
