using CtiPlatform.Workflows.Domain;
using CtiPlatform.Workflows.Lifecycle;

namespace CtiPlatform.Workflows.Api;

public sealed record JournalEntryView(
    DateTimeOffset RecordedAt, DateOnly EffectiveDate, OccurrenceKind Kind, CourseStage? FromStage, CourseStage ToStage, JournalCause Cause, string? Actor, string? Detail);
