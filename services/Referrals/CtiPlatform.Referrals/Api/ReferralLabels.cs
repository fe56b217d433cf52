using CtiPlatform.Contracts.Courses;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.Referrals.Resources;

namespace CtiPlatform.Referrals.Api;

/// <summary>
/// The names a reader sees next to a code, in the request's language (Danish by default); the texts live in
/// Resources/ReferralTexts.resx under <c>Status_*</c>, <c>Criterion_*</c>, <c>ClosureReason_*</c> and <c>EndsTo_*</c>
/// (decision 030).
/// </summary>
internal static class ReferralLabels
{
    public static string Of(ReferralStatus status) => Text($"Status_{status}");

    public static string Of(TargetGroupCriterion criterion) => Text($"Criterion_{criterion}");

    public static string? Of(CourseClosureReason? reason) => reason is { } r ? Text($"ClosureReason_{r}") : null;

    public static string? Of(CourseEndsTo? endsTo) => endsTo is { } e ? Text($"EndsTo_{e}") : null;

    private static string Text(string key) =>
        ReferralTexts.ResourceManager.GetString(key) ?? throw new InvalidOperationException($"No label {key}.");
}
