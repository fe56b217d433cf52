using CtiPlatform.Contracts.Safety;
using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.SafetyPlanning.Domain;

/// <summary>
/// One assessment of the danger to her, at one moment (decision 606). A new incident or change is a new assessment;
/// none is ever changed, so the course shows how the danger developed. The answers and the reason for a raised level are
/// sealed by the personal-data protector (<see cref="SealedDetails"/>): they tell of violence and threats.
/// </summary>
public sealed class RiskAssessment : ITenantOwned
{
    private RiskAssessment()
    {
    }

    public Guid Id { get; private set; }

    public Guid CourseId { get; private set; }

    public string TenantId { get; private set; } = "";

    /// <summary>1 for the first assessment of the course, one more for each after it.</summary>
    public int Number { get; private set; }

    public DateTimeOffset AssessedAt { get; private set; }

    public string AssessedBy { get; private set; } = "";

    /// <summary>The level the checklist's answers give by the municipality's thresholds.</summary>
    public RiskLevel ComputedLevel { get; private set; }

    /// <summary>The level that applies: the computed one, or higher when the professional's judgement raised it.</summary>
    public RiskLevel Level { get; private set; }

    public string SealedDetails { get; private set; } = "";

    public bool RaisedByJudgement => Level > ComputedLevel;

    /// <summary>Whether this assessment puts her higher than <paramref name="previous"/> did; the first one counts from low.</summary>
    public bool Raises(RiskAssessment? previous) => Level > (previous?.Level ?? RiskLevel.Low);

    public static RiskAssessment Record(
        Guid id, Guid courseId, string tenantId, RiskAssessment? previous, RiskLevel computedLevel, RiskLevel level, string sealedDetails, string by, DateTimeOffset at) =>
        new()
        {
            Id = id, CourseId = courseId, TenantId = tenantId, Number = (previous?.Number ?? 0) + 1, ComputedLevel = computedLevel, Level = level, SealedDetails = sealedDetails,
            AssessedBy = by, AssessedAt = at,
        };
}
