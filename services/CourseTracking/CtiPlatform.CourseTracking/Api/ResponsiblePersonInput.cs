namespace CtiPlatform.CourseTracking.Api;

/// <summary>The one person with the long-term responsibility, and their role.</summary>
public sealed record ResponsiblePersonInput(string? Name, string? Role);
