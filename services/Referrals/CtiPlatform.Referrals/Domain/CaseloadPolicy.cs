namespace CtiPlatform.Referrals.Domain;

/// <summary>
/// Weighs a worker's active courses: phase-1 courses count more, because the first months after move-in are
/// the most intensive (the 4:2:1 intensity of the method). A new course starts in the contact period.
/// </summary>
public sealed record CaseloadPolicy(decimal Limit, decimal PhaseOneWeight)
{
    public decimal Weigh(int phase) => phase == 1 ? PhaseOneWeight : 1m;

    public CaseloadAssessment AssessAssignment(IEnumerable<int> activePhases) =>
        new(activePhases.Sum(Weigh) + Weigh(0), Limit);
}
