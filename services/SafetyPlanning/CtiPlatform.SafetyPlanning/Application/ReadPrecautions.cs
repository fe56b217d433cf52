using CtiPlatform.SafetyPlanning.Domain;

namespace CtiPlatform.SafetyPlanning.Application;

/// <summary>A course's visit precautions with the note unsealed for the reader; <see cref="Precautions"/> is null when none are recorded yet.</summary>
internal sealed record ReadPrecautions(Guid CourseId, VisitPrecautions? Precautions, string? Note);
