namespace CtiPlatform.Gateway.Benchmarks;

/// <summary>
/// One thing measured: where it answers, the processes that answer there (the service itself when measured
/// directly), and what each round measured.
/// </summary>
internal sealed record Target(string Name, string Url, IReadOnlyList<int> Front)
{
    public List<WrkResult> Results { get; } = [];

    /// <summary>CPU per request of the front processes in each round, in microseconds.</summary>
    public List<double> FrontCpu { get; } = [];

    /// <summary>CPU per request of the service behind the front in each round; the same as the front when direct.</summary>
    public List<double> ServiceCpu { get; } = [];
}
