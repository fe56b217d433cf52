namespace CtiPlatform.CourseTracking.Domain;

/// <summary>
/// One deviation of a course: its code, the phase it concerns (the phase begun, documented or ending, per code; 0 the
/// contact period), the date it was judged against (a boundary or deadline), and the numbers behind it by name.
/// </summary>
public sealed record FidelityFlag(FidelityCode Code, int? Phase, DateOnly? Date, IReadOnlyDictionary<string, decimal> Numbers);
