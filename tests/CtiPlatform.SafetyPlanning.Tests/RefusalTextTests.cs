using CtiPlatform.SafetyPlanning.Domain;
using CtiPlatform.SafetyPlanning.Resources;
using CtiPlatform.Testing;

namespace CtiPlatform.SafetyPlanning.Tests;

public sealed class RefusalTextTests
{
    [Fact]
    public void Every_safety_refusal_has_a_danish_and_an_english_text() =>
        RefusalTexts.AssertEveryRuleHasTexts(typeof(SafetyRefusal), SafetyTexts.ResourceManager);
}
