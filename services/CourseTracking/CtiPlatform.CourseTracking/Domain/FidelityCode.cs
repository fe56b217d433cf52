namespace CtiPlatform.CourseTracking.Domain;

/// <summary>
/// A deviation from the method that live fidelity reports (decision 508); never a block. Labels in the resources under
/// <c>Fidelity{Code}</c>. Append only.
/// </summary>
public enum FidelityCode
{
    /// <summary>The phases are not equally long: more than <see cref="CourseFidelity.PhaseLengthToleranceDays"/> days apart.</summary>
    PhasesUnequal = 0,

    /// <summary>The course ends later than nine calendar months after move-in (as the lifecycle's flag, decision 407).</summary>
    LongerThanNineMonths = 1,

    /// <summary>A phase has begun without a CTI plan (of one to three focus areas) made for it.</summary>
    PhaseWithoutPlan = 2,

    /// <summary>The time spent with her per week rose at a phase shift instead of falling.</summary>
    IntensityNotFalling = 3,

    /// <summary>A boundary has passed without the compass scored by her and by the worker.</summary>
    CompassMissing = 4,

    /// <summary>A transition has passed with its checklist incomplete.</summary>
    ChecklistIncomplete = 5,

    /// <summary>A hand-over meeting lies after the deadline one month before the planned end.</summary>
    HandOverMeetingsLate = 6,

    /// <summary>The deadline for the hand-over meetings has passed without any.</summary>
    HandOverMeetingsMissing = 7,

    /// <summary>A phase shift has passed without the phase documented.</summary>
    PhaseDocumentationMissing = 8,
}
