namespace CtiPlatform.Referrals.Domain;

/// <summary>
/// A referral refused an action because one of its rules forbids it. <see cref="Rule"/> names the rule (and
/// keys its user-facing text); <see cref="Field"/> names the input at fault, when one is.
/// </summary>
public sealed class ReferralRuleViolation(string rule, string? field) : Exception(rule)
{
    public string Rule { get; } = rule;

    public string? Field { get; } = field;
}
