using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.SafetyPlanning.Domain;

/// <summary>
/// One version of her safety plan. A revision is a new version; none is ever changed, so every earlier plan stays
/// readable. The sections are sealed by the personal-data protector (<see cref="SealedSections"/>): they tell where she
/// would flee and whom she would call.
/// </summary>
public sealed class SafetyPlanVersion : ITenantOwned
{
    private SafetyPlanVersion()
    {
    }

    public Guid Id { get; private set; }

    public Guid CourseId { get; private set; }

    public string TenantId { get; private set; } = "";

    /// <summary>1 for the first plan, one more for each revision.</summary>
    public int Version { get; private set; }

    public string SealedSections { get; private set; } = "";

    /// <summary>When the plan is to be gone through again with her.</summary>
    public DateOnly ReviewOn { get; private set; }

    public string WrittenBy { get; private set; } = "";

    public DateTimeOffset WrittenAt { get; private set; }

    /// <summary>The pending review timer, cancelled when a newer version replaces this one as the current plan.</summary>
    public Guid? ReviewTokenId { get; private set; }

    /// <summary>The version after <paramref name="previous"/> (or the first), with its sections already sealed for <paramref name="id"/>.</summary>
    public static SafetyPlanVersion Write(
        Guid id, Guid courseId, string tenantId, SafetyPlanVersion? previous, string sealedSections, DateOnly reviewOn, string writtenBy, DateTimeOffset writtenAt) =>
        new()
        {
            Id = id, CourseId = courseId, TenantId = tenantId, Version = (previous?.Version ?? 0) + 1, SealedSections = sealedSections,
            ReviewOn = reviewOn, WrittenBy = writtenBy, WrittenAt = writtenAt,
        };

    public void ArmReview(Guid tokenId) => ReviewTokenId = tokenId;

    /// <summary>A newer version is the current plan now; this one's review is no longer due.</summary>
    public void Supersede() => ReviewTokenId = null;
}
