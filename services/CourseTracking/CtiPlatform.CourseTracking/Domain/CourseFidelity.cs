namespace CtiPlatform.CourseTracking.Domain;

/// <summary>
/// Live fidelity of one course: the method's rules judged on read against what is recorded and the lifecycle's dates
/// (decision 508). Reported, never blocking. Each rule is judged once its boundary has passed; what is done later
/// clears the flag. Flags come in the order of <see cref="FidelityCode"/>, then by phase.
/// </summary>
public static class CourseFidelity
{
    /// <summary>
    /// How far apart the phases' lengths may be and still count as equal: three calendar months are 89 to 92 days (our
    /// own setting; seed 003: "hver fase varer tre måneder og ikke mere eller mindre").
    /// </summary>
    public const int PhaseLengthToleranceDays = 3;

    public static IReadOnlyList<FidelityFlag> Of(TrackedCourse course, FidelityFacts facts, DateOnly today)
    {
        var flags = new List<FidelityFlag>();
        PhaseLengths(course, flags);
        NineMonths(course, flags);
        Plans(course, facts, today, flags);
        Intensity(facts, flags);
        Compass(course, facts, today, flags);
        Checklists(course, facts, today, flags);
        HandOver(course, facts, today, flags);
        Documentation(course, facts, today, flags);
        return flags;
    }

    /// <summary>The date period <paramref name="phase"/> (0 the contact period) ended, null while it runs or if it never began.</summary>
    public static DateOnly? EndOf(TrackedCourse course, int phase) => phase switch
    {
        0 => course.Phase1StartDate,
        1 => course.Phase2StartDate ?? (course.Phase1StartDate is not null ? course.ClosedOn : null),
        2 => course.Phase3StartDate ?? (course.Phase2StartDate is not null ? course.ClosedOn : null),
        3 => course.Phase3StartDate is not null ? course.ClosedOn : null,
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "CTI has the contact period and phases 1 to 3."),
    };

    private static DateOnly? StartOf(TrackedCourse course, int phase) => phase switch
    {
        1 => course.Phase1StartDate,
        2 => course.Phase2StartDate,
        _ => course.Phase3StartDate,
    };

    private static DateOnly? PlannedEndOf(TrackedCourse course, int phase) => phase switch
    {
        1 => course.Phase1PlannedEndDate,
        2 => course.Phase2PlannedEndDate,
        _ => course.Phase3PlannedEndDate,
    };

    private static bool HasBegun(TrackedCourse course, int phase, DateOnly today) =>
        StartOf(course, phase) is { } start && start <= today && (course.ClosedOn is not { } closed || start < closed);

    private static void PhaseLengths(TrackedCourse course, List<FidelityFlag> flags)
    {
        var lengths = new Dictionary<string, decimal>();
        for (var phase = 1; phase <= 3; phase++)
        {
            if (StartOf(course, phase) is { } start && (EndOf(course, phase) ?? PlannedEndOf(course, phase)) is { } end)
            {
                lengths[$"phase{phase}Days"] = end.DayNumber - start.DayNumber;
            }
        }

        if (lengths.Count >= 2 && lengths.Values.Max() - lengths.Values.Min() > PhaseLengthToleranceDays)
        {
            flags.Add(new FidelityFlag(FidelityCode.PhasesUnequal, null, null, lengths));
        }
    }

    private static void NineMonths(TrackedCourse course, List<FidelityFlag> flags)
    {
        if ((course.MoveInDate ?? course.Phase1StartDate) is { } moveIn && (course.ClosedOn ?? course.Phase3PlannedEndDate) is { } end
            && end > moveIn.AddMonths(9))
        {
            flags.Add(new FidelityFlag(FidelityCode.LongerThanNineMonths, null, end, new Dictionary<string, decimal>
            {
                ["totalDays"] = end.DayNumber - moveIn.DayNumber,
                ["nineMonthsDays"] = moveIn.AddMonths(9).DayNumber - moveIn.DayNumber,
            }));
        }
    }

    private static void Plans(TrackedCourse course, FidelityFacts facts, DateOnly today, List<FidelityFlag> flags)
    {
        for (var phase = 1; phase <= 3; phase++)
        {
            if (HasBegun(course, phase, today) && !facts.PlannedPhases.Contains(phase))
            {
                flags.Add(new FidelityFlag(FidelityCode.PhaseWithoutPlan, phase, StartOf(course, phase), new Dictionary<string, decimal>()));
            }
        }
    }

    private static void Intensity(FidelityFacts facts, List<FidelityFlag> flags)
    {
        var phases = facts.Intensity.Where(p => p.Phase >= 1).OrderBy(p => p.Phase).ToList();
        foreach (var (previous, next) in phases.Zip(phases.Skip(1)))
        {
            if (next.MinutesPerWeek > previous.MinutesPerWeek)
            {
                flags.Add(new FidelityFlag(FidelityCode.IntensityNotFalling, next.Phase, next.From, new Dictionary<string, decimal>
                {
                    ["previousMinutesPerWeek"] = previous.MinutesPerWeek,
                    ["minutesPerWeek"] = next.MinutesPerWeek,
                }));
            }
        }
    }

    private static void Compass(TrackedCourse course, FidelityFacts facts, DateOnly today, List<FidelityFlag> flags)
    {
        foreach (var occasion in Enum.GetValues<CompassOccasion>())
        {
            if (EndOf(course, (int)occasion) is { } boundary && boundary <= today)
            {
                var her = facts.Scored.Contains((occasion, CompassRespondent.Her));
                var worker = facts.Scored.Contains((occasion, CompassRespondent.Worker));
                if (!(her && worker))
                {
                    flags.Add(new FidelityFlag(FidelityCode.CompassMissing, (int)occasion, boundary, new Dictionary<string, decimal>
                    {
                        ["herScored"] = her ? 1 : 0,
                        ["workerScored"] = worker ? 1 : 0,
                    }));
                }
            }
        }
    }

    private static void Checklists(TrackedCourse course, FidelityFacts facts, DateOnly today, List<FidelityFlag> flags)
    {
        foreach (var transition in Enum.GetValues<ChecklistTransition>())
        {
            var on = transition switch
            {
                ChecklistTransition.ContactPeriodEnd => course.Phase1StartDate,
                ChecklistTransition.IntoPhase2 => course.Phase2StartDate,
                ChecklistTransition.IntoPhase3 => course.Phase3StartDate,
                _ => course.ClosedOn,
            };
            if (on is { } date && date <= today && facts.Checklists.GetValueOrDefault(transition) is { } progress && progress.Ticked < progress.Items)
            {
                flags.Add(new FidelityFlag(FidelityCode.ChecklistIncomplete, (int)transition, date, new Dictionary<string, decimal>
                {
                    ["ticked"] = progress.Ticked,
                    ["items"] = progress.Items,
                }));
            }
        }
    }

    private static void HandOver(TrackedCourse course, FidelityFacts facts, DateOnly today, List<FidelityFlag> flags)
    {
        // A course that closed by the deadline (ended early) had no hand-over to plan a month ahead.
        if (HandOverPlan.MeetingsDeadline(course) is not { } deadline || course.ClosedOn <= deadline)
        {
            return;
        }

        var meetings = facts.HandOverMeetings ?? [];
        var late = meetings.Where(d => d > deadline).ToList();
        if (late.Count > 0)
        {
            flags.Add(new FidelityFlag(FidelityCode.HandOverMeetingsLate, 3, deadline, new Dictionary<string, decimal>
            {
                ["lateMeetings"] = late.Count,
                ["daysLate"] = late.Max().DayNumber - deadline.DayNumber,
            }));
        }

        if (meetings.Count == 0 && today > deadline)
        {
            flags.Add(new FidelityFlag(FidelityCode.HandOverMeetingsMissing, 3, deadline, new Dictionary<string, decimal> { ["meetings"] = 0 }));
        }
    }

    private static void Documentation(TrackedCourse course, FidelityFacts facts, DateOnly today, List<FidelityFlag> flags)
    {
        for (var phase = 1; phase <= 3; phase++)
        {
            if (EndOf(course, phase) is { } shift && shift <= today && !facts.DocumentedPhases.Contains(phase))
            {
                flags.Add(new FidelityFlag(FidelityCode.PhaseDocumentationMissing, phase, shift, new Dictionary<string, decimal>()));
            }
        }
    }
}
