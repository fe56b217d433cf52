namespace CtiPlatform.Web.Pages.Worker;

/// <summary>The follow-up a year after closure: its question, when it falls due, and the answer once given.</summary>
public sealed record OutcomeFollowUp(string Question, DateOnly DueOn, bool Due, bool? StillInOwnHome, DateTimeOffset? AnsweredAt, string? AnsweredBy);
