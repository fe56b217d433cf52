namespace CtiPlatform.Web.Pages.Worker;

/// <summary>What the outcome section shows of <c>GET /api/tracking/courses/{id}/outcome</c> (decision 510).</summary>
public sealed record CourseOutcome(
    bool HasChildren, OutcomeVersion? Current, IReadOnlyList<OutcomeVersion> Versions, WellBeingChange? WellBeing, OutcomeFollowUp? FollowUp);
