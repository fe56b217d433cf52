namespace CtiPlatform.Messaging.TestHost.Persistence;

/// <summary>What a consumer did for one message; tests count these to prove exactly-once effects.</summary>
public sealed class SideEffect
{
    public long Id { get; init; }

    public required string Kind { get; init; }

    public required string Subject { get; init; }

    public required int Sequence { get; init; }
}
