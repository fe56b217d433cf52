namespace CtiPlatform.CourseTracking.Domain;

/// <summary>
/// One figure: <see cref="Count"/> of the <see cref="Of"/> courses that answer it, against seed 001's goal in percent.
/// </summary>
public sealed record OutcomeFigureCount(OutcomeFigure Figure, int Count, int Of, int GoalPercent)
{
    /// <summary>The share in percent to one decimal; null when no course answers the figure.</summary>
    public decimal? Percent => Of == 0 ? null : Math.Round(100m * Count / Of, 1, MidpointRounding.AwayFromZero);
}
