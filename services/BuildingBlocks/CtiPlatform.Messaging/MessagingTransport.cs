namespace CtiPlatform.Messaging;

/// <summary>Which broker a host talks to.</summary>
public enum MessagingTransport
{
    /// <summary>RabbitMQ at <c>ConnectionStrings:rabbitmq</c>: every distributed deployment.</summary>
    RabbitMq,

    /// <summary>MassTransit's in-process transport: the standalone host, where all services share one process.</summary>
    InMemory,
}
