namespace CtiPlatform.Messaging.TestHost.Contracts;

/// <summary>A message that names its municipality in the body, as every platform contract does.</summary>
public sealed record NoteAdded
{
    public required string NoteId { get; init; }

    public required string TenantId { get; init; }
}
