using CtiPlatform.ServiceDefaults.Tenancy;
using MassTransit;

namespace CtiPlatform.Notifications.Sidecar;

/// <summary>
/// The seam where no Dapr sidecar runs (the standalone host): a binding request is kept in <see cref="LocalMessages"/>
/// and counts as taken. The log line names the binding and the kept message's id only.
/// </summary>
internal sealed partial class LocalBindings(LocalMessages messages, TenantContext tenant, TimeProvider time, ILogger<LocalBindings> logger) : IDaprBindings
{
    public Task CreateAsync(string binding, string data, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        var message = new LocalMessage(NewId.NextGuid(), tenant.RequiredTenantId, binding, new Dictionary<string, string>(metadata), data, time.GetUtcNow());
        messages.Add(message);
        LogKept(message.Id, binding);
        return Task.CompletedTask;
    }

    [LoggerMessage(LogLevel.Information, "No Dapr sidecar: message {LocalMessageId} for binding {Binding} kept in the local sent-messages view")]
    private partial void LogKept(Guid localMessageId, string binding);
}
