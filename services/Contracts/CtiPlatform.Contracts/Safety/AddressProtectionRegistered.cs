namespace CtiPlatform.Contracts.Safety;

/// <summary>
/// She lives at a protected address: every service, export, letter and message about this course must behave as if
/// it never knew where she lives. Carries only that protection applies, never the address or its kind.
/// </summary>
public sealed record AddressProtectionRegistered
{
    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required DateTimeOffset RegisteredAt { get; init; }
}
