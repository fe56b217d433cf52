using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CtiPlatform.ServiceDefaults.Health;

/// <summary>
/// Publishes the last result of every health check as the gauge <c>cti.health.status</c> (tag <c>check</c>):
/// 2 healthy, 1 degraded, 0 unhealthy, the values of <see cref="HealthStatus"/>. A broker outage that leaves the pod
/// in service (readiness is the database only) is still seen and alerted on through it.
/// </summary>
internal sealed class HealthMetrics : IHealthCheckPublisher
{
    /// <summary>The meter's name, exported with the framework meters.</summary>
    public const string MeterName = "CtiPlatform.Health";

    private readonly ConcurrentDictionary<string, HealthStatus> latest = new(StringComparer.Ordinal);

    public HealthMetrics(IMeterFactory meters)
    {
        meters.Create(MeterName).CreateObservableGauge(
            "cti.health.status",
            () => latest.Select(p => new Measurement<int>((int)p.Value, new KeyValuePair<string, object?>("check", p.Key))),
            description: "Last status of each health check: 2 healthy, 1 degraded, 0 unhealthy.");
    }

    public Task PublishAsync(HealthReport report, CancellationToken cancellationToken)
    {
        foreach (var (name, entry) in report.Entries)
        {
            latest[name] = entry.Status;
        }

        return Task.CompletedTask;
    }
}
