namespace CtiPlatform.CourseTracking.Domain;

/// <summary>A network person's name, contact details and what the person helps her with: encrypted at rest, never in a log or message.</summary>
public sealed record NetworkDetails(string Name, string? Phone, string? Email, string? HelpsWith);
