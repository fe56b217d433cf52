using CtiPlatform.Workflows.Options;

namespace CtiPlatform.Workflows.Tests;

public sealed class CourseLifecycleOptionsTests
{
    [Fact]
    public void A_municipalitys_override_applies_to_it_alone_and_unset_values_fall_back_to_the_defaults()
    {
        var options = new CourseLifecycleOptions
        {
            PhaseChangeNoticeDays = 10,
            Tenants = { ["101"] = new CourseLifecycleTenantOptions { PhaseLengthMonths = 4 } },
        };

        Assert.Equal((4, 10, 3), (options.For("101").PhaseLengthMonths, options.For("101").PhaseChangeNoticeDays, options.For("101").MaxExtensionMonths));
        Assert.Equal(3, options.For("461").PhaseLengthMonths);
    }

    [Fact]
    public void A_municipality_with_a_meaningless_setting_is_refused_at_start()
    {
        var options = new CourseLifecycleOptions { Tenants = { ["461"] = new CourseLifecycleTenantOptions { PhaseLengthMonths = 0 } } };

        var result = new CourseLifecycleOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("(461): PhaseLengthMonths", result.FailureMessage, StringComparison.Ordinal);
    }
}
