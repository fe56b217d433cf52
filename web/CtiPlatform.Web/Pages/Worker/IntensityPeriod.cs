namespace CtiPlatform.Web.Pages.Worker;

/// <summary>The contact in one period of the course (phase 0 the contact period) against phase 1, next to the method's share.</summary>
public sealed record IntensityPeriod(
    int Phase, string Label, DateOnly From, DateOnly? Until, int Contacts, int Minutes, decimal MinutesPerWeek, decimal? RelativeToPhase1, decimal? MethodRelativeToPhase1)
{
    /// <summary>A share of phase 1 as a percentage ("50 %"), or a dash where there is none (the contact period, no contact in phase 1).</summary>
    public static string Percent(decimal? share) => share is { } value ? (value * 100).ToString("0' %'", CultureInfo.CurrentCulture) : "–";
}
