using MassTransit;

namespace CtiPlatform.Workflows.Lifecycle;

/// <summary>The lifecycle's queue. Its timers are addressed to it by name, so the name never changes.</summary>
public sealed class CourseLifecycleStateDefinition : SagaDefinition<CourseLifecycleState>
{
    public const string QueueName = "course-lifecycle";

    public static readonly Uri Address = new($"queue:{QueueName}");

    public CourseLifecycleStateDefinition() => EndpointName = QueueName;

    protected override void ConfigureSaga(
        IReceiveEndpointConfigurator endpointConfigurator, ISagaConfigurator<CourseLifecycleState> sagaConfigurator, IRegistrationContext context)
    {
        // Many courses fall due at the same midnight; each message is one short transaction, so a few run at once.
        endpointConfigurator.PrefetchCount = 64;
        endpointConfigurator.ConcurrentMessageLimit = 16;
    }
}
