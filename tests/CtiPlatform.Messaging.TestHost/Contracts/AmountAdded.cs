namespace CtiPlatform.Messaging.TestHost.Contracts;

public sealed record AmountAdded
{
    public required Guid TallyId { get; init; }

    public required int Amount { get; init; }
}
