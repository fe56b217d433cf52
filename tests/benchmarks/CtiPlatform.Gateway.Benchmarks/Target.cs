namespace CtiPlatform.Gateway.Benchmarks;

/// <summary>One thing measured, and its result in each round.</summary>
internal sealed record Target(string Name, string Url)
{
    public List<WrkResult> Results { get; } = [];
}
