using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>Every section of one course as its own query reads it, for the course page (decision 517).</summary>
internal sealed record CoursePage(
    TrackedCourse Course,
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyList<Contact> Contacts,
    IReadOnlyList<IntensityPeriod> Intensity,
    IReadOnlyList<(ChecklistTransition Transition, IReadOnlyList<(ChecklistItem Item, ChecklistTick? Tick)> Items)> Checklists,
    IReadOnlyList<(CtiPlanVersion Version, IReadOnlyList<FocusArea> FocusAreas)> Plan,
    CompassRecord Compass,
    IReadOnlyList<WrittenDocument> PhaseDocumentation,
    HandOverRecord HandOverPlan,
    NetworkRecord Network,
    CourseFlags Fidelity);
