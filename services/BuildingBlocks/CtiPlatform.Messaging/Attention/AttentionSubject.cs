using MassTransit;

namespace CtiPlatform.Messaging.Attention;

internal sealed class AttentionSubject<TMessage>(Func<TMessage, Guid> subject, Func<TMessage, string>? tenant) : IAttentionSubject
    where TMessage : class
{
    public (string? TenantId, Guid SubjectId)? Of(ConsumeContext context) =>
        context.TryGetMessage<TMessage>(out var consumed)
            ? (tenant?.Invoke(consumed.Message) ?? context.Headers.Get<string>(MessageHeaderNames.TenantId), subject(consumed.Message))
            : null;
}
