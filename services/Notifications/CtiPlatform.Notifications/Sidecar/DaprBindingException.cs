using System.Net;

namespace CtiPlatform.Notifications.Sidecar;

/// <summary>The sidecar did not take a binding request; <see cref="StatusCode"/> is null when it could not be reached at all.</summary>
public sealed class DaprBindingException(string binding, HttpStatusCode? statusCode, Exception? inner = null)
    : Exception($"The Dapr binding '{binding}' was not invoked: {(statusCode is { } code ? $"HTTP {(int)code}" : "sidecar unreachable")}.", inner)
{
    public HttpStatusCode? StatusCode { get; } = statusCode;

    /// <summary>What a delivery row keeps of the failure: a code, never a body that might echo the message.</summary>
    public string Reason => StatusCode is { } code ? $"http-{(int)code}" : "unreachable";
}
