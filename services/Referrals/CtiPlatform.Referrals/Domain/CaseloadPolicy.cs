namespace CtiPlatform.Referrals.Domain;

/// <summary>
/// Weighs a worker's active courses: phase-1 courses count more, because the first months after move-in are
/// the most intensive (the 4:2:1 intensity of the method). A new course starts in the contact period, but she moves
/// in within weeks, so it counts as phase 1 from approval: the committee is warned before it assigns, not after.
/// </summary>
public sealed record CaseloadPolicy(decimal Limit, decimal PhaseOneWeight)
{
    /// <summary>Phase 0 (awaiting start or the contact period) and phase 1 weigh the same; phases 2 and 3 count one.</summary>
    public decimal Weigh(int phase) => phase <= 1 ? PhaseOneWeight : 1m;

    public CaseloadAssessment AssessAssignment(IEnumerable<int> activePhases) =>
        new(activePhases.Sum(Weigh) + Weigh(0), Limit);
}
