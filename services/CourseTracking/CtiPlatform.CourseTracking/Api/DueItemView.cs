using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>One thing due: on which course, what (code and label), on which Danish date, and which one (<see cref="Reference"/>: a meeting id, or a compass occasion or checklist transition with its label).</summary>
public sealed record DueItemView(Guid CourseId, DueKind Kind, string KindLabel, DateOnly DueOn, string Reference, string? ReferenceLabel);
