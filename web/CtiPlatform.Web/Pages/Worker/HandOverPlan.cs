namespace CtiPlatform.Web.Pages.Worker;

/// <summary>What the hand-over section shows of <c>GET /api/tracking/courses/{id}/hand-over-plan</c> (decision 506).</summary>
public sealed record HandOverPlan(
    bool Made, DateOnly? MeetingsDeadline, IReadOnlyList<string> LongTermNeeds, IReadOnlyList<HandOverSupporter> Supporters,
    string? ResponsibleName, string? ResponsibleRole, IReadOnlyList<HandOverMeeting> Meetings, DateTimeOffset? UpdatedAt, string? UpdatedBy);
