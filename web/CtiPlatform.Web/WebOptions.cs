using System.ComponentModel.DataAnnotations;

namespace CtiPlatform.Web;

/// <summary>Where the web app finds the platform and how long a session may stay idle, section <c>WebOptions</c>.</summary>
public sealed class WebOptions
{
    /// <summary>The gateway's address; every call to a service goes through it with the user's own token.</summary>
    [Required]
    public Uri? GatewayAddress { get; set; }

    /// <summary>
    /// A session without a request for this long ends: the next click leads to the log-in (decision 802), and no page
    /// is kept in the browser's cache, so "back" on a shared screen shows nothing of hers.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "08:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The origin users reach the app at, e.g. <c>https://cti.kommune.dk</c>, when it runs behind the gateway and a
    /// TLS-terminating ingress (decision 805); unset (the standalone host) the request's own scheme and host count.
    /// </summary>
    public Uri? PublicOrigin { get; set; }
}
