namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// One course's whole page of data: each section exactly as its own endpoint answers it (<c>…/courses/{id}</c>,
/// <c>/meetings</c>, <c>/contacts</c>, <c>/intensity</c>, <c>/checklists</c>, <c>/plan</c>, <c>/compass</c>,
/// <c>/phase-documentation</c>, <c>/hand-over-plan</c>, <c>/network</c>, <c>/fidelity</c>).
/// </summary>
public sealed record CoursePageView(
    TrackedCourseView Course,
    IReadOnlyList<MeetingView> Meetings,
    IReadOnlyList<ContactView> Contacts,
    IntensityView Intensity,
    IReadOnlyList<ChecklistView> Checklists,
    PlansView Plan,
    CompassView Compass,
    IReadOnlyList<PhaseDocumentView> PhaseDocumentation,
    HandOverPlanView HandOverPlan,
    NetworkView Network,
    CourseFidelityView Fidelity);
