using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.Foundation.Tests.SampleService;

/// <summary>The smallest tenant-owned record, so the building blocks can be tested as a service uses them.</summary>
public sealed class Note : ITenantOwned
{
    public required Guid Id { get; init; }

    public required string TenantId { get; init; }

    public required string Text { get; set; }
}
