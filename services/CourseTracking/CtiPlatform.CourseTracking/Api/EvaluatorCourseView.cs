using CtiPlatform.Contracts.Courses;
using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// One closed course in the evaluator export: <see cref="Course"/> is a number drawn for this export only; the closing
/// month (<c>yyyy-MM</c>) and reason; the current outcome (null where not recorded or not applicable); her well-being
/// change (the mean of her own compass, end less start, null without both); the answer a year on; and the codes of its
/// fidelity flags with their labels (decision 516).
/// </summary>
public sealed record EvaluatorCourseView(
    int Course,
    string ClosedIn,
    CourseClosureReason? ClosureReason,
    string? ClosureReasonLabel,
    bool? KeptHome,
    bool? HasSafetyStrategy,
    bool? ReadmittedToShelter,
    decimal? WellBeingChange,
    bool? WellBeingImproved,
    bool? ChildrenInDayCareOrSchool,
    bool? ChildrenInLeisureActivities,
    bool? KeptHomeAfterOneYear,
    IReadOnlyList<FidelityCode> Flags,
    IReadOnlyList<string> FlagLabels);
