namespace CtiPlatform.Messaging.TestHost.Contracts;

public sealed record TallyOpened
{
    public required Guid TallyId { get; init; }
}
