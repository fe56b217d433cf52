using CtiPlatform.SampleService.Domain;
using CtiPlatform.SampleService.Resources;
using CtiPlatform.Testing;

namespace CtiPlatform.Foundation.Tests;

public sealed class RefusalTextTests
{
    [Fact]
    public void Every_sample_refusal_has_a_danish_and_an_english_text() =>
        RefusalTexts.AssertEveryRuleHasTexts(typeof(NoteRefusal), SampleTexts.ResourceManager);
}
