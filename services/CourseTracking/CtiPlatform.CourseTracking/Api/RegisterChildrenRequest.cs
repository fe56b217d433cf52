namespace CtiPlatform.CourseTracking.Api;

/// <summary>Whether she has children, as her worker knows it.</summary>
public sealed record RegisterChildrenRequest(bool? HasChildren);
