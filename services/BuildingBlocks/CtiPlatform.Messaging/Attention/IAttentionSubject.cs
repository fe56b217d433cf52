using MassTransit;

namespace CtiPlatform.Messaging.Attention;

/// <summary>Names the tenant and the course or referral a consumed message is about, when it is of the registered type.</summary>
internal interface IAttentionSubject
{
    /// <summary>The tenant and subject of <paramref name="context"/>'s message, or null when it is of another type.</summary>
    (string? TenantId, Guid SubjectId)? Of(ConsumeContext context);
}
