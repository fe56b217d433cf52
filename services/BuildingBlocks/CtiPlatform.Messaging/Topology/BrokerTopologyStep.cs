using CtiPlatform.Persistence.Schema;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Messaging.Topology;

/// <summary>
/// The <c>migrate</c> step's part on the broker (docs/decisions/213-broker-topology-at-install.md): declares the
/// service's receive endpoints — queues, their exchanges and the bindings from the exchange of every message type they
/// consume — and consumes nothing. RabbitMQ drops what is published to an exchange no queue is bound to, so without
/// this a reminder published before the service's first start would be lost. Declaring what exists changes nothing.
/// </summary>
internal sealed class BrokerTopologyStep(IServiceProvider services) : IDeploymentStep
{
    // Long enough for a broker that is still starting, short enough to fail the step well inside the Job's deadline.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private bool deployOnly;
    private bool busBuilt;

    public string Name => "broker topology";

    /// <summary>Called as the bus is built; answers whether it is to deploy its topology only (it is when this step builds it).</summary>
    public bool BusBuilt()
    {
        busBuilt = true;
        return deployOnly;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // A bus built earlier in a migrate run (say, by mapping the health checks before the step) would consume
        // the very messages this step exists to keep for the service.
        if (busBuilt)
        {
            throw new InvalidOperationException("The bus was built before the migrate step and would consume messages; run MigrateCommand right after Build()");
        }

        deployOnly = true;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await services.GetRequiredService<IBusControl>().DeployAsync(timeout.Token);
        }
        catch (Exception e) when (e is not InvalidOperationException)
        {
            // The broker's own exception types vary by failure (refused, access denied, timed out); the step reports one kind.
            throw new InvalidOperationException("Declaring the service's queues on the broker failed", e);
        }
    }
}
