namespace CtiPlatform.Messaging.TestHost.Persistence;

/// <summary>One committed state change of the sample service.</summary>
public sealed class Change
{
    public required long Id { get; init; }

    public required string AggregateId { get; init; }
}
