namespace CtiPlatform.CourseTracking.Api;

/// <summary>The Danish date an item was done; today when left out.</summary>
public sealed record TickRequest(DateOnly? TickedOn);
