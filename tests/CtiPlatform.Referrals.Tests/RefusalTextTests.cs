using CtiPlatform.Referrals.Domain;
using CtiPlatform.Referrals.Resources;
using CtiPlatform.Testing;

namespace CtiPlatform.Referrals.Tests;

public sealed class RefusalTextTests
{
    [Fact]
    public void Every_referral_refusal_has_a_danish_and_an_english_text() =>
        RefusalTexts.AssertEveryRuleHasTexts(typeof(ReferralRefusal), ReferralTexts.ResourceManager);
}
