namespace CtiPlatform.CourseTracking.Domain;

/// <summary>
/// The contact in one period of a course: <see cref="Phase"/> 0 is the contact period. Per week over the days of the
/// period that have passed; <see cref="RelativeToPhase1"/> is that against phase 1, next to the method's share
/// (<see cref="MethodRelativeToPhase1"/>: 1, ½, ¼ — the falling 4:2:1 intensity), null where it does not apply.
/// </summary>
public sealed record IntensityPeriod(
    int Phase, DateOnly From, DateOnly? Until, int Contacts, int Minutes, decimal MinutesPerWeek, decimal? RelativeToPhase1, decimal? MethodRelativeToPhase1);
