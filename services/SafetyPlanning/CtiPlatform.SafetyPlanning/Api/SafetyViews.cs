using CtiPlatform.SafetyPlanning.Application;
using CtiPlatform.SafetyPlanning.Domain;
using CtiPlatform.SafetyPlanning.Resources;

namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>Views of the service's aggregates, with the Danish labels (Resources/SafetyTexts.resx) a reader sees next to a code.</summary>
internal static class SafetyViews
{
    public static SafetyOverviewView Overview(SafetyState state) =>
        new(state.Course.CourseId, state.Course.WorkerId, state.Protection is { } p ? Protection(p) : null, state.ActiveStop is { } s ? Stop(s) : null);

    public static SafetyPlanView Plan(ReadPlan plan) =>
        new(plan.Version.Version, plan.Version.WrittenAt, plan.Version.WrittenBy, plan.Version.ReviewOn, plan.Sections);

    public static SafetyPlanVersionSummary Summary(SafetyPlanVersion version) =>
        new(version.Version, version.WrittenAt, version.WrittenBy, version.ReviewOn);

    public static VisitPrecautionsView Precautions(ReadPrecautions read) => read.Precautions is { } p
        ? new(read.CourseId, p.VisitInPairs, p.MeetElsewhere, p.KnownDangerAtAddress, read.Note, p.ChangedBy, p.ChangedAt)
        : new(read.CourseId, false, false, false, null, null, null);

    public static ContactStopView Stop(ContactStop stop) => new(stop.Id, stop.StoppedAt, stop.StoppedBy, stop.LiftedAt, stop.LiftedBy);

    public static AddressProtectionView Protection(ProtectedAddress protection) => new(
        protection.Kind, Text($"AddressProtectionKind_{protection.Kind}"), protection.RegisteredOn, protection.ExpiresOn,
        protection.Kind == AddressProtectionKind.Special ? Text("CprRegistration_WithoutFixedResidence") : null);

    public static DisclosedAddressView Disclosed(DisclosedAddress disclosed) =>
        new(disclosed.Protection.CourseId, disclosed.Address, Protection(disclosed.Protection));

    private static string Text(string key) => SafetyTexts.ResourceManager.GetString(key) ?? throw new InvalidOperationException($"No label {key}.");
}
