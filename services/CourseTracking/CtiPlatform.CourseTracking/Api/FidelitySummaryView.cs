namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// Fidelity over running courses: how many there are, how many have no flag and that share (two decimals, null without
/// courses), and per code how many courses have it — every code, in code order.
/// </summary>
public sealed record FidelitySummaryView(int Courses, int CoursesWithoutFlags, decimal? ShareWithoutFlags, IReadOnlyList<FlagCountView> Flags);
