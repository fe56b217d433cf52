namespace CtiPlatform.CourseTracking.Domain;

/// <summary>
/// Her well-being from start to end as she scored it in the change compass (seed 001: "en trivselsmåling i begyndelsen
/// og slutningen af CTI forløbet ved hjælp af et forandringskompas"): the mean of the ten dimensions at the start and at
/// the last occasion she scored, and each dimension's change. Her own scoring, because the goal is that she "giver
/// udtryk for" more safety and well-being (decision 510).
/// </summary>
public sealed record WellBeingChange(
    CompassOccasion EndOccasion, decimal StartMean, decimal EndMean, IReadOnlyDictionary<CompassDimension, int> DimensionChanges)
{
    /// <summary>The end mean less the start mean, to one decimal.</summary>
    public decimal Change => EndMean - StartMean;

    /// <summary>Whether she scored herself higher at the end than at the start.</summary>
    public bool Improved => Change > 0;

    /// <summary>
    /// The change between her scorings, or null unless she scored the start and at least one later occasion.
    /// </summary>
    public static WellBeingChange? From(IReadOnlyDictionary<CompassOccasion, IReadOnlyDictionary<CompassDimension, int>> herScorings)
    {
        if (!herScorings.TryGetValue(CompassOccasion.Start, out var start))
        {
            return null;
        }

        var end = herScorings.Keys.Where(o => o > CompassOccasion.Start).DefaultIfEmpty(CompassOccasion.Start).Max();
        if (end == CompassOccasion.Start)
        {
            return null;
        }

        var last = herScorings[end];
        return new WellBeingChange(
            end, Mean(start), Mean(last), Enum.GetValues<CompassDimension>().ToDictionary(d => d, d => last[d] - start[d]));
    }

    private static decimal Mean(IReadOnlyDictionary<CompassDimension, int> scores) =>
        Math.Round((decimal)scores.Values.Sum() / scores.Count, 1, MidpointRounding.AwayFromZero);
}
