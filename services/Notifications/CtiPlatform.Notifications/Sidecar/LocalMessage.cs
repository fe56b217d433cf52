namespace CtiPlatform.Notifications.Sidecar;

/// <summary>A binding request kept by <see cref="LocalBindings"/> instead of being sent.</summary>
public sealed record LocalMessage(Guid Id, string TenantId, string Binding, IReadOnlyDictionary<string, string> Metadata, string Data, DateTimeOffset At);
