namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// A course's hand-over plan; <see cref="Made"/> is false (and the lists empty) until it is first saved.
/// <see cref="MeetingsDeadline"/> is one month before the planned end, null until the lifecycle has sent the end.
/// </summary>
public sealed record HandOverPlanView(
    Guid CourseId, bool Made, DateOnly? MeetingsDeadline, IReadOnlyList<string> LongTermNeeds, IReadOnlyList<SupporterView> Supporters,
    string? ResponsibleName, string? ResponsibleRole, IReadOnlyList<HandOverMeetingView> Meetings, DateTimeOffset? UpdatedAt, string? UpdatedBy);
