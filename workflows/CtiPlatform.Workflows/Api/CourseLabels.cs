using CtiPlatform.Contracts.Courses;
using CtiPlatform.Workflows.Domain;
using CtiPlatform.Workflows.Lifecycle;
using CtiPlatform.Workflows.Resources;

namespace CtiPlatform.Workflows.Api;

/// <summary>
/// The names a reader sees next to a code, in the request's language (Danish by default); the texts live in
/// Resources/WorkflowTexts.resx under <c>Stage_*</c>, <c>Deviation_*</c>, <c>Occurrence_*</c>, <c>Cause_*</c>,
/// <c>Reminder_*</c>, <c>Transition_*</c>, <c>ClosureReason_*</c>, <c>EndsTo_*</c> and <c>ExtensionReason_*</c>
/// (decision 030). A list of codes has its labels in a list of the same order.
/// </summary>
internal static class CourseLabels
{
    public static string Of(CourseStage stage) => Text($"Stage_{stage}");

    public static string? Of(CourseStage? stage) => stage is { } s ? Of(s) : null;

    public static IReadOnlyList<string> Of(IEnumerable<FidelityDeviation> deviations) => deviations.Select(d => Text($"Deviation_{d}")).ToList();

    public static string Of(OccurrenceKind kind) => Text($"Occurrence_{kind}");

    public static string Of(JournalCause cause) => Text($"Cause_{cause}");

    public static string Of(ReminderKind kind) => Text($"Reminder_{kind}");

    public static string Of(CourseTransition transition) => Text($"Transition_{transition}");

    public static string? Of(CourseClosureReason? reason) => reason is { } r ? Text($"ClosureReason_{r}") : null;

    public static string? Of(CourseEndsTo? endsTo) => endsTo is { } e ? Text($"EndsTo_{e}") : null;

    public static string? Of(ExtensionReason? reason) => reason is { } r ? Text($"ExtensionReason_{r}") : null;

    private static string Text(string key) =>
        WorkflowTexts.ResourceManager.GetString(key) ?? throw new InvalidOperationException($"No label {key}.");
}
