namespace CtiPlatform.Web.Pages.Worker;

/// <summary>The course's contact intensity per period, and whether it falls at each phase shift as the method asks.</summary>
public sealed record ContactIntensity(IReadOnlyList<IntensityPeriod> Periods, bool FallsAsTheMethodAsks);
