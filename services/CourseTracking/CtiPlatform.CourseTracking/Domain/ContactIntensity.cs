namespace CtiPlatform.CourseTracking.Domain;

/// <summary>
/// Contact intensity per period against the method's falling intensity: time spent halves at each phase shift, 4:2:1
/// across the three phases (domain.md §2). Reported, never enforced.
/// </summary>
public static class ContactIntensity
{
    /// <summary>The method's time per phase, relative to one another (seed 000: 4:2:1).</summary>
    public static IReadOnlyList<int> MethodShares { get; } = [4, 2, 1];

    /// <summary>Each period of <paramref name="course"/> that has begun by <paramref name="today"/>, with the contact in it.</summary>
    public static IReadOnlyList<IntensityPeriod> Of(TrackedCourse course, IEnumerable<ContactEntry> entries, DateOnly today)
    {
        var bounds = Periods(course);
        var list = entries.ToList();
        var periods = new List<IntensityPeriod>();
        decimal? phase1PerWeek = null;
        for (var i = 0; i < bounds.Count; i++)
        {
            var (phase, from) = bounds[i];
            DateOnly? until = i + 1 < bounds.Count ? bounds[i + 1].From : course.ClosedOn;
            if (from > today)
            {
                break;
            }

            var inPeriod = list.Where(e => e.Date >= from && (until is not { } end || e.Date < end)).ToList();
            var minutes = inPeriod.Sum(e => e.Minutes);

            // The days that have passed, today included: a period of which a week has passed is judged on that week.
            var lastDay = until is { } u && u <= today ? u : today.AddDays(1);
            var weeks = Math.Max(1, lastDay.DayNumber - from.DayNumber) / 7m;
            var perWeek = Math.Round(minutes / weeks, 1);
            if (phase == 1)
            {
                phase1PerWeek = perWeek;
            }

            periods.Add(new IntensityPeriod(
                phase, from, until, inPeriod.Count, minutes, perWeek,
                phase >= 1 && phase1PerWeek is > 0 ? Math.Round(perWeek / phase1PerWeek.Value, 2) : null,
                phase >= 1 ? (decimal)MethodShares[phase - 1] / MethodShares[0] : null));
        }

        return periods;
    }

    /// <summary>Whether the time per week halved or fell at each phase shift that has happened (the method's direction).</summary>
    public static bool Falls(IReadOnlyList<IntensityPeriod> periods)
    {
        var phases = periods.Where(p => p.Phase >= 1).ToList();
        return phases.Zip(phases.Skip(1)).All(pair => pair.Second.MinutesPerWeek <= pair.First.MinutesPerWeek);
    }

    private static List<(int Phase, DateOnly From)> Periods(TrackedCourse course)
    {
        var periods = new List<(int, DateOnly)>();
        if (course.ContactPeriodStartDate is { } contact)
        {
            periods.Add((0, contact));
        }

        if (course.Phase1StartDate is { } p1)
        {
            periods.Add((1, p1));
        }

        if (course.Phase2StartDate is { } p2)
        {
            periods.Add((2, p2));
        }

        if (course.Phase3StartDate is { } p3)
        {
            periods.Add((3, p3));
        }

        return periods;
    }
}
