using CtiPlatform.Contracts.Courses;

namespace CtiPlatform.Workflows.Domain;

/// <summary>
/// A team lead's explicit decision to extend phase 3 (a reported deviation from the method). <see cref="Reason"/> is the
/// free-text note; <see cref="Category"/> is null only in extensions decided before categories existed (decision 414).
/// </summary>
public sealed record CourseExtension(int Months, string? Reason, DateOnly DecidedOn, string ActorId)
{
    public ExtensionReason? Category { get; init; }
}
