namespace CtiPlatform.CourseTracking.Domain;

/// <summary>Time spent with her on a Danish date: a held meeting or an unplanned contact.</summary>
public sealed record ContactEntry(DateOnly Date, int Minutes);
