using CtiPlatform.Workflows.Domain;
using CtiPlatform.Workflows.Lifecycle;

namespace CtiPlatform.Workflows.Api;

/// <summary>
/// One entry of a course's journal. The kind, stages and cause also as the reader's language names them (Danish by
/// default); <c>Detail</c> is the machine-readable record of the entry and stays in codes.
/// </summary>
public sealed record JournalEntryView(
    DateTimeOffset RecordedAt, DateOnly EffectiveDate, OccurrenceKind Kind, CourseStage? FromStage, CourseStage ToStage, JournalCause Cause, string? Actor, string? Detail,
    string KindLabel, string? FromStageLabel, string ToStageLabel, string CauseLabel);
