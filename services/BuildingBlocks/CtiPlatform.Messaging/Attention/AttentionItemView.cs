namespace CtiPlatform.Messaging.Attention;

/// <summary>One course or referral that needs a person: what could not be applied to it, why (a code) and when.</summary>
public sealed record AttentionItemView(Guid Id, Guid SubjectId, string MessageType, string Reason, DateTimeOffset RecordedAt);
