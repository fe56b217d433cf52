using System.Net;

namespace CtiPlatform.Notifications.Sidecar;

/// <summary>
/// The sidecar did not take a binding request. <see cref="StatusCode"/> is null when it did not answer: it could not be
/// reached at all (<see cref="NothingSent"/>), it took longer than the timeout, or the connection broke off.
/// </summary>
public sealed class DaprBindingException(string binding, HttpStatusCode? statusCode, Exception? inner = null, string? transportFailure = null)
    : Exception($"The Dapr binding '{binding}' was not invoked: {(statusCode is { } code ? $"HTTP {(int)code}" : transportFailure ?? Unreachable)}.", inner)
{
    /// <summary>No connection to the sidecar could be made, so the request was never written.</summary>
    public const string Unreachable = "unreachable";

    /// <summary>The sidecar did not answer within the timeout; it may have taken the request.</summary>
    public const string Timeout = "timeout";

    /// <summary>The connection failed after it was made; the sidecar may have taken the request.</summary>
    public const string Broken = "broken";

    public HttpStatusCode? StatusCode { get; } = statusCode;

    /// <summary>What a delivery row keeps of the failure: a code, never a body that might echo the message.</summary>
    public string Reason => StatusCode is { } code ? $"http-{(int)code}" : transportFailure ?? Unreachable;

    /// <summary>Whether the sidecar certainly received nothing, so a second attempt cannot be a second message.</summary>
    public bool NothingSent => Reason == Unreachable;
}
