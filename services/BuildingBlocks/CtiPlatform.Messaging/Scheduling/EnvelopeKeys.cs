namespace CtiPlatform.Messaging.Scheduling;

/// <summary>
/// Keys under which a scheduled message's context ids are kept among its stored headers; the dispatcher puts
/// them back on the send context rather than sending them as headers.
/// </summary>
internal static class EnvelopeKeys
{
    public const string Prefix = "cti-envelope:";
    public const string CorrelationId = Prefix + "correlation-id";
    public const string ConversationId = Prefix + "conversation-id";
    public const string InitiatorId = Prefix + "initiator-id";
    public const string RequestId = Prefix + "request-id";
}
