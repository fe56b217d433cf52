using System.Globalization;

namespace CtiPlatform.Gateway.Benchmarks;

/// <summary>What one wrk run measured.</summary>
internal sealed record WrkResult(long Requests, double RequestsPerSecond, TimeSpan P50, TimeSpan P99, long Errors)
{
    /// <summary>Median of each figure separately over the rounds, so one disturbed round does not decide.</summary>
    public static WrkResult Median(IReadOnlyList<WrkResult> results) => new(
        (long)MedianOf(results.Select(r => (double)r.Requests)),
        MedianOf(results.Select(r => r.RequestsPerSecond)),
        TimeSpan.FromTicks((long)MedianOf(results.Select(r => (double)r.P50.Ticks))),
        TimeSpan.FromTicks((long)MedianOf(results.Select(r => (double)r.P99.Ticks))),
        results.Sum(r => r.Errors));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{RequestsPerSecond,9:0} req/s  p50 {P50.TotalMilliseconds,6:0.00} ms  p99 {P99.TotalMilliseconds,6:0.00} ms  errors {Errors}");

    public static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
