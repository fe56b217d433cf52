namespace CtiPlatform.SafetyPlanning.Tests;

/// <summary>One message as it crossed the broker: the course it names, its type name, raw body and headers.</summary>
public sealed record CapturedMessage(Guid CourseId, string MessageType, string Body, string Headers);
