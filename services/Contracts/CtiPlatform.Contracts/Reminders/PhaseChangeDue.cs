namespace CtiPlatform.Contracts.Reminders;

/// <summary>The next CTI phase begins soon: prepare its checklist and tell her the contact will halve.</summary>
public sealed record PhaseChangeDue
{
    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required string WorkerId { get; init; }

    /// <summary>The phase that begins (2 or 3).</summary>
    public required int NextPhase { get; init; }

    /// <summary>The Danish local date it begins.</summary>
    public required DateOnly ChangeDate { get; init; }
}
