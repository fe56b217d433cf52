namespace CtiPlatform.CourseTracking.Api;

/// <summary>The answer to "bor hun stadig i egen bolig efter et år?".</summary>
public sealed record AnswerFollowUpRequest(bool? StillInOwnHome);
