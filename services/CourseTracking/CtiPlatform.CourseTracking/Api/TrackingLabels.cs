using CtiPlatform.Contracts.Courses;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Resources;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>The Danish (or, by request culture, English) labels next to the codes the API returns.</summary>
internal static class TrackingLabels
{
    public static string Of(TrackingStage stage) => Text($"Stage{stage}");

    public static string Of(MeetingKind kind) => Text($"MeetingKind{kind}");

    public static string Of(MeetingStatus status) => Text($"MeetingStatus{status}");

    public static string Of(ChecklistTransition transition) => Text($"Checklist{transition}");

    /// <summary>The text of one of the method's checklist items.</summary>
    public static string OfChecklistItem(string key) => Text($"ChecklistItem{key}");

    public static string Of(PlanTheme theme) => Text($"Theme{theme}");

    public static string Of(ActivityResponsible responsible) => Text($"Responsible{responsible}");

    public static string Of(PlanItemStatus status) => Text($"PlanStatus{status}");

    public static string Of(SupporterKind kind) => Text($"Supporter{kind}");

    public static string Of(FidelityCode code) => Text($"Fidelity{code}");

    public static string Of(CompassDimension dimension) => Text($"Compass{dimension}");

    public static string Of(CompassRespondent respondent) => Text($"CompassBy{respondent}");

    public static string Of(CompassOccasion occasion) => Text($"Compass{occasion}");

    public static string Of(DueKind kind) => Text($"Due{kind}");

    public static string Of(OutcomeFigure figure) => Text($"Outcome{figure}");

    public static string Of(CourseClosureReason reason) => Text($"ClosureReason{reason}");

    public static string Of(NetworkSector sector) => Text($"Sector{sector}");

    public static string Of(NetworkRole role) => Text($"NetworkRole{role}");

    public static string Of(NetworkPartyKind kind) => Text($"NetworkKind{kind}");

    /// <summary>The text of <paramref name="key"/> with <paramref name="args"/> filled in.</summary>
    public static string Format(string key, params object[] args) => string.Format(CourseTrackingTexts.Culture, Text(key), args);

    /// <summary>A period of the course: 0 the contact period, 1-3 the CTI phases.</summary>
    public static string OfPeriod(int phase) => Of(phase == 0 ? TrackingStage.ContactPeriod : TrackingStage.Phase1 + (phase - 1));

    /// <summary>The text of <paramref name="key"/> in the request's language.</summary>
    public static string Text(string key) => CourseTrackingTexts.ResourceManager.GetString(key, CourseTrackingTexts.Culture)!;
}
