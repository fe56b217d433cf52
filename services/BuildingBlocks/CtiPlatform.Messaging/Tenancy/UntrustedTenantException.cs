namespace CtiPlatform.Messaging.Tenancy;

/// <summary>
/// A consumed message whose tenant header is missing, names no configured municipality, or differs from the
/// tenant in its body. It is never retried: the message goes to the endpoint's <c>_error</c> queue at once. The
/// message text holds identifiers only (message id and type, header and body tenant).
/// </summary>
public sealed class UntrustedTenantException(string message) : Exception(message);
