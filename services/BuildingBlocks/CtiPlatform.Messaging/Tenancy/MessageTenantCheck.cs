using CtiPlatform.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Messaging.Tenancy;

/// <summary>
/// Decides the tenant a consumed message runs for, before any consumer or saga sees it: the tenant header must be
/// present, name a configured municipality (<see cref="TenantOptions"/>) and equal the body's <c>TenantId</c>.
/// Anything else is logged (identifiers only) and refused with <see cref="UntrustedTenantException"/>.
/// </summary>
internal sealed class MessageTenantCheck(IOptionsMonitor<TenantOptions> tenants, ILogger<MessageTenantCheck> logger)
{
    // A header is whatever the sender wrote; only this much of it reaches the log and the error queue.
    private const int ShownLength = 40;

    public string Verify<TMessage>(ConsumeContext<TMessage> context)
        where TMessage : class
    {
        var header = context.Headers.Get<string>(MessageHeaderNames.TenantId);
        var carriesTenant = BodyTenant.TryRead(context.Message, out var body);
        var reason = string.IsNullOrEmpty(header) ? "no tenant header"
            : !tenants.CurrentValue.IsKnown(header) ? "tenant header names no configured municipality"
            : carriesTenant && !string.Equals(header, body, StringComparison.Ordinal) ? "tenant header differs from the body's TenantId"
            : null;
        if (reason is null)
        {
            return header!;
        }

        var messageType = MessageUrn.ForTypeString<TMessage>();
        var (shownHeader, shownBody) = (Shown(header), carriesTenant ? Shown(body) : "(none)");
        logger.LogError(
            "Refused message {MessageId} of {MessageType}: {Reason} (header tenant {HeaderTenant}, body tenant {BodyTenant})",
            context.MessageId, messageType, reason, shownHeader, shownBody);
        throw new UntrustedTenantException(
            $"Refused message {context.MessageId} of {messageType}: {reason} (header tenant {shownHeader}, body tenant {shownBody}).");
    }

    private static string Shown(string? value) => value switch
    {
        null or "" => "(none)",
        { Length: > ShownLength } => value[..ShownLength] + "…",
        _ => value,
    };
}
