namespace CtiPlatform.Contracts.Safety;

/// <summary>
/// Her name and address protection runs out soon (it lasts one year): the worker reminds her to apply for it again.
/// For the notifications service to remind the worker on; it names no address.
/// </summary>
public sealed record AddressProtectionExpiryDue
{
    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required string WorkerId { get; init; }

    /// <summary>The Danish date from which the protection no longer applies.</summary>
    public required DateOnly ExpiresOn { get; init; }
}
