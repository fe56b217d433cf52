using MassTransit;

namespace CtiPlatform.Messaging.Inbox;

/// <summary>Runs one consumer's handling of one message as a unit of work of the service's database, for <c>tenantId</c>.</summary>
internal interface IInboxUnitOfWork
{
    Task RunAsync(ConsumeContext context, string tenantId, Func<Task> consume);
}
