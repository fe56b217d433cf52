namespace CtiPlatform.Messaging.TestHost.Contracts;

/// <summary>A change of the sample service's state was committed.</summary>
public sealed record ChangeCommitted
{
    public required long ChangeId { get; init; }

    public required string AggregateId { get; init; }

    /// <summary>The change's position among its aggregate's changes.</summary>
    public required int Sequence { get; init; }
}
