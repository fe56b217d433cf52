namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// A course's change compass as data: every scoring in the course's order (her view next to the worker's per
/// occasion, the development over the occasions) and the measurements due. The same as SVG charts at
/// <c>compass/comparison.svg</c> and <c>compass/development.svg</c>.
/// </summary>
public sealed record CompassView(Guid CourseId, IReadOnlyList<CompassAssessmentView> Assessments, IReadOnlyList<CompassDueView> Due);
