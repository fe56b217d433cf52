namespace CtiPlatform.Notifications.Tests;

/// <summary>One binding request as the sidecar received it: binding name, operation, data, metadata, raw body, headers and when.</summary>
public sealed record SidecarRequest(
    string Binding, string Operation, string Data, IReadOnlyDictionary<string, string> Metadata, string RawBody, IReadOnlyDictionary<string, string> Headers,
    DateTimeOffset ReceivedAt);
