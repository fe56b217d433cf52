using MassTransit;

namespace CtiPlatform.Messaging.Inbox;

/// <summary>Runs one consumer's handling of one message as a unit of work of the service's database.</summary>
internal interface IInboxUnitOfWork
{
    Task RunAsync(ConsumeContext context, Func<Task> consume);
}
