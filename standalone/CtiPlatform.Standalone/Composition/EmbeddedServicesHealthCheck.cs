using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CtiPlatform.Standalone.Composition;

/// <summary>The standalone host is ready when every embedded service is.</summary>
internal sealed class EmbeddedServicesHealthCheck(EmbeddedServices services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        foreach (var service in services.All)
        {
            if ((await service.CheckReadinessAsync(cancellationToken)).Status != HealthStatus.Healthy)
            {
                return HealthCheckResult.Unhealthy();
            }
        }

        return HealthCheckResult.Healthy();
    }
}
