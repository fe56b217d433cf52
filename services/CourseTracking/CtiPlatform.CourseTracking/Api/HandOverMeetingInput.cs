namespace CtiPlatform.CourseTracking.Api;

/// <summary>A hand-over meeting with her network: its Danish date and with whom.</summary>
public sealed record HandOverMeetingInput(DateOnly? Date, string? With);
