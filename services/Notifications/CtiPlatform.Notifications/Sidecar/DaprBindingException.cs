using System.Net;

namespace CtiPlatform.Notifications.Sidecar;

/// <summary>
/// The sidecar did not take a binding request. <see cref="StatusCode"/> is null when it did not answer: it could not be
/// reached at all, it took longer than the timeout, or the connection broke off. <see cref="NothingSent"/> tells the
/// failures after which a second attempt cannot be a second message (docs/decisions/713-when-an-sms-may-be-tried-again.md).
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

    /// <summary>
    /// Whether the binding was certainly not invoked, so a second attempt cannot be a second message: the sidecar could
    /// not be reached, or it refused the request itself with a 4xx (malformed, API token, no such route). Dapr answers
    /// every failure of an invoked binding with 500 <c>ERR_INVOKE_OUTPUT_BINDING</c>, whether or not Twilio took the
    /// message, so a 5xx is never taken as nothing sent.
    /// </summary>
    public bool NothingSent => StatusCode is null ? Reason == Unreachable : (int)StatusCode is >= 400 and < 500;
}
