namespace CtiPlatform.CourseTracking.Api;

/// <summary>The Danish local date and time a planned meeting moves to.</summary>
public sealed record MoveMeetingRequest(DateOnly? Date, TimeOnly? Time);
