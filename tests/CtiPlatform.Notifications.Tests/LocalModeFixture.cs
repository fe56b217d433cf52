namespace CtiPlatform.Notifications.Tests;

/// <summary>The service as the standalone host runs it: no Dapr sidecar (the fake one stays, to prove nothing reaches it).</summary>
public sealed class LocalModeFixture : NotificationsFixture
{
    protected override IEnumerable<KeyValuePair<string, string?>> Overrides => [new("DaprOptions:Mode", "Local")];
}
