namespace CtiPlatform.Messaging.TestHost.Contracts;

/// <summary>A message whose consumer fails on the first <see cref="FailedAttempts"/> deliveries.</summary>
public sealed record PoisonPill
{
    public required string PillId { get; init; }

    public required int FailedAttempts { get; init; }
}
