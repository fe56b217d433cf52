using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.Persistence.AccessLogging;

/// <summary>One read or change of a person's data: who, what, when and for what purpose.</summary>
public sealed class AccessLogEntry : ITenantOwned
{
    public required Guid Id { get; init; }

    public required string TenantId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required string ActorId { get; init; }

    public required string ActorRoles { get; init; }

    /// <summary>The kind of record, such as <c>referral</c>.</summary>
    public required string SubjectType { get; init; }

    public required string SubjectId { get; init; }

    public required AccessAction Action { get; init; }

    public required string Purpose { get; init; }
}
