namespace CtiPlatform.CourseTracking.Domain;

/// <summary>
/// Seed 001's outcome figures over a set of closed courses. Each counts only the courses that answer it: a course with
/// no recorded outcome, no compass at both ends, no children or an unanswered follow-up is left out of that figure's
/// base rather than counted as a failure (decision 510).
/// </summary>
public static class OutcomeFigures
{
    /// <summary>Seed 001's goals: "Alle kvinder skal i CTI perioden fastholde egen bolig", "95 % … efter det 1. år", "75% … genindskrives ikke".</summary>
    public static readonly IReadOnlyDictionary<OutcomeFigure, int> GoalPercent = new Dictionary<OutcomeFigure, int>
    {
        [OutcomeFigure.KeptHome] = 100,
        [OutcomeFigure.HasSafetyStrategy] = 100,
        [OutcomeFigure.NotReadmittedToShelter] = 75,
        [OutcomeFigure.WellBeingImproved] = 100,
        [OutcomeFigure.ChildrenInDayCareOrSchool] = 100,
        [OutcomeFigure.ChildrenInLeisureActivities] = 100,
        [OutcomeFigure.KeptHomeAfterOneYear] = 95,
    };

    public static IReadOnlyList<OutcomeFigureCount> Of(IReadOnlyCollection<CourseOutcomeFacts> courses)
    {
        var outcomes = courses.Select(c => c.Outcome).OfType<CourseOutcome>().ToList();
        var wellBeing = courses.Select(c => c.WellBeing).OfType<WellBeingChange>().ToList();
        var dayCare = outcomes.Select(o => o.ChildrenInDayCareOrSchool).OfType<bool>().ToList();
        var leisure = outcomes.Select(o => o.ChildrenInLeisureActivities).OfType<bool>().ToList();
        var afterOneYear = courses.Select(c => c.FollowUp?.StillInOwnHome).OfType<bool>().ToList();
        return
        [
            Figure(OutcomeFigure.KeptHome, outcomes.Count(o => o.KeptHome), outcomes.Count),
            Figure(OutcomeFigure.HasSafetyStrategy, outcomes.Count(o => o.HasSafetyStrategy), outcomes.Count),
            Figure(OutcomeFigure.NotReadmittedToShelter, outcomes.Count(o => !o.ReadmittedToShelter), outcomes.Count),
            Figure(OutcomeFigure.WellBeingImproved, wellBeing.Count(w => w.Improved), wellBeing.Count),
            Figure(OutcomeFigure.ChildrenInDayCareOrSchool, dayCare.Count(x => x), dayCare.Count),
            Figure(OutcomeFigure.ChildrenInLeisureActivities, leisure.Count(x => x), leisure.Count),
            Figure(OutcomeFigure.KeptHomeAfterOneYear, afterOneYear.Count(x => x), afterOneYear.Count),
        ];
    }

    private static OutcomeFigureCount Figure(OutcomeFigure figure, int count, int of) => new(figure, count, of, GoalPercent[figure]);
}
