namespace CtiPlatform.CourseTracking.Api;

/// <summary>The follow-up a year after closure: the question in Danish, when it is due, whether it is, and the answer once given.</summary>
public sealed record FollowUpView(Guid CourseId, string Question, DateOnly DueOn, bool Due, bool? StillInOwnHome, DateTimeOffset? AnsweredAt, string? AnsweredBy);
