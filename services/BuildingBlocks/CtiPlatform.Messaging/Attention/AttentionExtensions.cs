using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Messaging.Attention;

public static class AttentionExtensions
{
    /// <summary>
    /// When a consumer of <typeparamref name="TMessage"/> gives up on one (every retry and redelivery failed), the
    /// course or referral <paramref name="subject"/> names is recorded as needing attention for the team lead
    /// (<see cref="AttentionApi.MapAttentionApi{TContext}"/>). The tenant is <paramref name="tenant"/>'s, or the
    /// message's tenant header for messages that carry none in their body (the service's own timers).
    /// </summary>
    public static IServiceCollection AddAttentionSubject<TMessage>(
        this IServiceCollection services, Func<TMessage, Guid> subject, Func<TMessage, string>? tenant = null)
        where TMessage : class =>
        services.AddSingleton<IAttentionSubject>(new AttentionSubject<TMessage>(subject, tenant));
}
