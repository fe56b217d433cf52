namespace CtiPlatform.Gateway.Configuration;

/// <summary>A fixed-window limit per caller: at most <see cref="PermitLimit"/> requests per <see cref="Window"/>.</summary>
public sealed class RateLimitPolicyOptions
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }

    /// <summary>The HTTP methods the limit counts (e.g. <c>POST</c> for submissions); empty = all.</summary>
    public List<string> Methods { get; set; } = [];
}
