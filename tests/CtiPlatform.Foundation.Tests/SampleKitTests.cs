using CtiPlatform.SampleService.Domain;
using CtiPlatform.SampleService.Resources;
using CtiPlatform.Testing;

namespace CtiPlatform.Foundation.Tests;

/// <summary>The one-line checks every service's tests make, made for the sample service.</summary>
public sealed class SampleKitTests
{
    [Fact]
    public void The_samples_domain_uses_no_infrastructure_types() =>
        DomainPurity.AssertNoInfrastructureIn(typeof(Note).Assembly, typeof(Note).Namespace!);

    [Fact]
    public void Every_sample_refusal_has_a_danish_and_an_english_text() =>
        RefusalTexts.AssertEveryRuleHasTexts(typeof(NoteRefusal), SampleTexts.ResourceManager);
}
