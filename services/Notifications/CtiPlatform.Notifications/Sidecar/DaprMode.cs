namespace CtiPlatform.Notifications.Sidecar;

/// <summary>Where binding requests go: to the Dapr sidecar, or, where there is none (the standalone host), into a local view.</summary>
public enum DaprMode
{
    Sidecar = 0,
    Local = 1,
}
