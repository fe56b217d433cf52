namespace CtiPlatform.Web.Pages.Committee;

/// <summary>What the decision page shows of <c>GET /api/referrals/{id}</c> (decision 030: labels next to codes).</summary>
public sealed record ReferralDetails(
    Guid Id, string StatusLabel, DateTimeOffset SubmittedAt, ReferralWoman Woman, IReadOnlyList<ReferralCriterion> Criteria, int CriteriaMet,
    bool Eligible, DateOnly ExpectedMoveOutDate, IReadOnlyList<Guid> PossibleDuplicates);
