using MassTransit;

namespace CtiPlatform.Messaging.TestHost.Sagas;

/// <summary>A running sum, so a lost update shows as a wrong total.</summary>
public sealed class TallyState : SagaStateMachineInstance, ISagaVersion
{
    public Guid CorrelationId { get; set; }

    public string CurrentState { get; set; } = "";

    public int Total { get; set; }

    public int Count { get; set; }

    public int Version { get; set; }
}
