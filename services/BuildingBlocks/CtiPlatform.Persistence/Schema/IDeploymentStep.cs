namespace CtiPlatform.Persistence.Schema;

/// <summary>
/// Something besides the databases that the <c>migrate</c> step of a deployment prepares before any pod of the release
/// runs (<see cref="MigrateCommand"/>), such as the service's queues on the broker (docs/decisions/213-broker-topology-at-install.md).
/// Running it again must change nothing.
/// </summary>
public interface IDeploymentStep
{
    /// <summary>What the step prepares, for the log (<c>broker topology</c>).</summary>
    string Name { get; }

    /// <summary>Prepares it; throws <see cref="InvalidOperationException"/> when it cannot, so the step exits 1.</summary>
    Task RunAsync(CancellationToken cancellationToken);
}
