using System.Globalization;
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

    public static RiskAssessmentView Assessment(ReadAssessment read) => new(
        read.Assessment.Id, read.Assessment.Number, read.Assessment.AssessedAt, read.Assessment.AssessedBy, read.Details.Answers, read.Assessment.ComputedLevel, read.Assessment.Level,
        Text($"RiskLevel_{read.Assessment.Level}"), read.Assessment.RaisedByJudgement, read.Details.JudgementReason);

    /// <summary>The checklist with the municipality's own texts, or ours from the resources when it has none.</summary>
    public static RiskChecklistView Checklist(RiskChecklist checklist, IReadOnlyList<RiskItemSetting> ownItems) => new(
        ownItems.Count == 0
            ? [.. checklist.Keys.Select(k => new RiskItemView(k, Text($"RiskItem_{k}")))]
            : [.. ownItems.Select(i => new RiskItemView(i.Key, IsEnglish && i.EnglishText is { } english ? english : i.Text))],
        checklist.MediumFrom, checklist.HighFrom);

    public static NeverContactPersonView NeverContactPerson(ReadNeverContactPerson read) => new(
        read.Person.Id, read.Person.Relation, Text($"NeverContactRelation_{read.Person.Relation}"), read.Details.Names, read.Details.PhoneNumbers,
        read.Person.ListedBy, read.Person.ListedAt, read.Person.ChangedBy, read.Person.ChangedAt);

    public static ContactStopView Stop(ContactStop stop) => new(stop.Id, stop.StoppedAt, stop.StoppedBy, stop.LiftedAt, stop.LiftedBy);

    public static AddressProtectionView Protection(ProtectedAddress protection) => new(
        protection.Kind, Text($"AddressProtectionKind_{protection.Kind}"), protection.RegisteredOn, protection.ExpiresOn,
        protection.Kind == AddressProtectionKind.Special ? Text("CprRegistration_WithoutFixedResidence") : null);

    public static DisclosedAddressView Disclosed(DisclosedAddress disclosed) =>
        new(disclosed.Protection.CourseId, disclosed.Address, Protection(disclosed.Protection));

    private static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    private static string Text(string key) => SafetyTexts.ResourceManager.GetString(key) ?? throw new InvalidOperationException($"No label {key}.");
}
