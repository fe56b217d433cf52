using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Resources;
using CtiPlatform.Testing;

namespace CtiPlatform.CourseTracking.Tests;

public sealed class DomainAndTextTests
{
    [Fact]
    public void The_domain_uses_no_infrastructure_types() => DomainPurity.AssertNoInfrastructureIn(typeof(TrackedCourse).Assembly, typeof(TrackedCourse).Namespace!);

    [Fact]
    public void Every_tracking_refusal_has_a_danish_and_an_english_text() =>
        RefusalTexts.AssertEveryRuleHasTexts(typeof(TrackingRefusal), CourseTrackingTexts.ResourceManager);
}
