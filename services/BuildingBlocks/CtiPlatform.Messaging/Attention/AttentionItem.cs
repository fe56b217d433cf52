using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.Messaging.Attention;

/// <summary>
/// A course or referral a consumer could not bring up to date: the message that finally failed, named by ids and
/// codes only, for the team lead to act on. Append-only.
/// </summary>
public sealed class AttentionItem : ITenantOwned
{
    public required Guid Id { get; init; }

    public required string TenantId { get; init; }

    /// <summary>The course or referral the message was about.</summary>
    public required Guid SubjectId { get; init; }

    /// <summary>The message's type name, e.g. <c>ReferralApproved</c>.</summary>
    public required string MessageType { get; init; }

    /// <summary>The queue of the consumer that gave up.</summary>
    public required string Consumer { get; init; }

    /// <summary>A code, never free text: the exception's type name (its message could quote her data).</summary>
    public required string Reason { get; init; }

    public required Guid MessageId { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }
}
