namespace CtiPlatform.CourseTracking.Tests;

/// <summary>One meeting event as it crossed the broker: the message, its raw body and headers.</summary>
public sealed record CapturedMessage(Guid MeetingId, object Message, string Body, string Headers);
