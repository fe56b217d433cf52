using CtiPlatform.Persistence.Tenancy;
using CtiPlatform.Workflows.Domain;
using CtiPlatform.Workflows.Lifecycle;

namespace CtiPlatform.Workflows.Persistence;

/// <summary>One thing that happened to a course, when it was recorded and why. Append-only.</summary>
public sealed class CourseJournalEntry : ITenantOwned
{
    public long Id { get; init; }

    public required string TenantId { get; init; }

    public required Guid CourseId { get; init; }

    /// <summary>When the platform recorded it.</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>The Danish local date it took effect (a phase's start date even when recorded later).</summary>
    public required DateOnly EffectiveDate { get; init; }

    public required OccurrenceKind Kind { get; init; }

    public CourseStage? FromStage { get; init; }

    public required CourseStage ToStage { get; init; }

    public required JournalCause Cause { get; init; }

    /// <summary>The user's subject for <see cref="JournalCause.User"/>, the message type for <see cref="JournalCause.Event"/>.</summary>
    public string? Actor { get; init; }

    /// <summary>A short machine-readable detail: the phase, the reminder key, the closure reason or the workers of a hand-over. Never free text.</summary>
    public string? Detail { get; init; }
}
