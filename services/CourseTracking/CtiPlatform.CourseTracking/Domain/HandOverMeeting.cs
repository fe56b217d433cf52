namespace CtiPlatform.CourseTracking.Domain;

/// <summary>A hand-over meeting (overdragelsessamtale) with her network: its Danish date and with whom.</summary>
public sealed record HandOverMeeting(DateOnly Date, string With);
