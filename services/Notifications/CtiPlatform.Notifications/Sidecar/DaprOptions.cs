using System.ComponentModel.DataAnnotations;

namespace CtiPlatform.Notifications.Sidecar;

/// <summary><c>DaprOptions:*</c>: where the sidecar listens and how long a binding call may take.</summary>
public sealed class DaprOptions
{
    /// <summary><see cref="DaprMode.Sidecar"/> (default), or <see cref="DaprMode.Local"/> where no sidecar runs (docs/decisions/704-where-messages-go-without-a-sidecar.md).</summary>
    public DaprMode Mode { get; set; } = DaprMode.Sidecar;

    /// <summary>The sidecar's HTTP API; Dapr injects it into the pod on port 3500 unless <c>dapr.io/http-port</c> says otherwise.</summary>
    [Required]
    public Uri SidecarAddress { get; set; } = new("http://127.0.0.1:3500");

    /// <summary>The sidecar's API token (<c>dapr-api-token</c>) when the sidecar requires one; from a Secret, never a ConfigMap.</summary>
    public string? ApiToken { get; set; }

    /// <summary>How long one binding call may take before it counts as a failed attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
}
