using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CtiPlatform.ServiceDefaults.Telemetry;

/// <summary>Owns the telemetry providers so the last spans and metrics are exported on shutdown.</summary>
internal sealed class TelemetryFlush(TracerProvider tracing, MeterProvider metrics) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        tracing.Dispose();
        metrics.Dispose();
        return Task.CompletedTask;
    }
}
