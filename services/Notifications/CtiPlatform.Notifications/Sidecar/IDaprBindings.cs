namespace CtiPlatform.Notifications.Sidecar;

/// <summary>
/// The one seam to the Dapr sidecar: an output binding invoked with the <c>create</c> operation. Dapr.Client does not
/// restore here, so the shipped implementation speaks the sidecar's documented HTTP API (<see cref="DaprHttpBindings"/>).
/// </summary>
public interface IDaprBindings
{
    /// <summary>Hands <paramref name="data"/> to the binding <paramref name="binding"/>; returns once the sidecar accepted it.</summary>
    /// <exception cref="DaprBindingException">The sidecar answered with an error or could not be reached.</exception>
    Task CreateAsync(string binding, string data, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken);
}
