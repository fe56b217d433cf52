using CtiPlatform.Contracts.Courses;
using CtiPlatform.Workflows.Resources;

namespace CtiPlatform.Workflows.Api;

/// <summary>
/// The names a reader sees next to a code, in the request's language (Danish by default); the texts live in
/// Resources/WorkflowTexts.resx under <c>ClosureReason_*</c>, <c>EndsTo_*</c> and <c>ExtensionReason_*</c>.
/// </summary>
internal static class CourseLabels
{
    public static string? Of(CourseClosureReason? reason) => reason is { } r ? Text($"ClosureReason_{r}") : null;

    public static string? Of(CourseEndsTo? endsTo) => endsTo is { } e ? Text($"EndsTo_{e}") : null;

    public static string? Of(ExtensionReason? reason) => reason is { } r ? Text($"ExtensionReason_{r}") : null;

    private static string Text(string key) =>
        WorkflowTexts.ResourceManager.GetString(key) ?? throw new InvalidOperationException($"No label {key}.");
}
