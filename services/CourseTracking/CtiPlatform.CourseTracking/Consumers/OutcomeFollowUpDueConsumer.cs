using CtiPlatform.CourseTracking.Application;
using MassTransit;

namespace CtiPlatform.CourseTracking.Consumers;

/// <summary>The follow-up's durable timer fell due: the task is shown from now on; a redelivered timer changes nothing.</summary>
internal sealed class OutcomeFollowUpDueConsumer(CourseOutcomes outcomes) : IConsumer<OutcomeFollowUpDue>
{
    public Task Consume(ConsumeContext<OutcomeFollowUpDue> context) => outcomes.RaiseFollowUpAsync(context.Message.CourseId, context.CancellationToken);
}
