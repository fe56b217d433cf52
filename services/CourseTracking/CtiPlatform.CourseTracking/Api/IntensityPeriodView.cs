namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// The contact in one period (phase 0 is the contact period): minutes per week, and that against phase 1 next to the
/// method's share (1, 0.5, 0.25).
/// </summary>
public sealed record IntensityPeriodView(
    int Phase, string Label, DateOnly From, DateOnly? Until, int Contacts, int Minutes, decimal MinutesPerWeek, decimal? RelativeToPhase1,
    decimal? MethodRelativeToPhase1);
