namespace CtiPlatform.CourseTracking.Api;

/// <summary>A hand-over meeting; <see cref="Late"/> when it lies after the method's deadline (reported, never refused).</summary>
public sealed record HandOverMeetingView(DateOnly Date, string With, bool Late);
