namespace CtiPlatform.Messaging.Outbox;

/// <summary>What MassTransit's send pipe set on a scheduled message, captured when it is scheduled and replayed on delivery.</summary>
internal sealed record ScheduledSendEnvelope(Guid MessageId, IReadOnlyDictionary<string, string> Headers);
