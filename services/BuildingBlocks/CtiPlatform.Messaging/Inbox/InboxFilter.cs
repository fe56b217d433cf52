using CtiPlatform.Messaging.Tenancy;
using MassTransit;

namespace CtiPlatform.Messaging.Inbox;

/// <summary>
/// Wraps every consumer and saga in the service's inbox unit of work, for the tenant the message is verified to
/// belong to. Resolved from the consumer's scope, so it shares the scoped context the consumer writes to.
/// </summary>
internal sealed class InboxFilter<TMessage>(MessageTenantCheck tenantCheck, IInboxUnitOfWork unitOfWork) : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public void Probe(ProbeContext context) => context.CreateFilterScope("cti-inbox");

    public Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next) =>
        unitOfWork.RunAsync(context, tenantCheck.Verify(context), () => next.Send(context));
}
