using CtiPlatform.Referrals.Domain;

namespace CtiPlatform.Referrals.Tests;

public sealed class CaseloadPolicyTests
{
    private static readonly CaseloadPolicy Copenhagen = new ReferralSettings().Caseload;

    [Fact]
    public void The_default_limit_is_copenhagens_eight_women_per_worker()
    {
        Assert.Equal(8m, Copenhagen.Limit);
    }

    [Fact]
    public void A_newly_approved_woman_counts_with_the_phase_one_weight_so_the_warning_comes_before_approval()
    {
        // Five women in phases 2–3 and one awaiting move-in: 5 + 1.5 = 6.5; one more new course makes 8 (within), two 9.5.
        int[] phases = [2, 2, 3, 3, 3, 0];

        var next = Copenhagen.AssessAssignment(phases);
        var after = Copenhagen.AssessAssignment([.. phases, 0]);

        Assert.Equal(8m, next.LoadAfterAssignment);
        Assert.False(next.ExceedsLimit);
        Assert.Equal(9.5m, after.LoadAfterAssignment);
        Assert.True(after.ExceedsLimit);
    }
}
