using CtiPlatform.Workflows.Options;
using Microsoft.Extensions.Configuration;

namespace CtiPlatform.Workflows.Tests;

public sealed class CourseLifecycleOptionsTests
{
    [Fact]
    public void A_municipalitys_override_applies_to_it_alone_and_unset_values_fall_back_to_the_configured_defaults()
    {
        var options = Bind(new()
        {
            ["CourseLifecycleOptions:Defaults:PhaseChangeNoticeDays"] = "10",
            ["CourseLifecycleOptions:Tenants:101:PhaseLengthMonths"] = "4",
        });

        Assert.Equal((4, 10, 3), (options.For("101").PhaseLengthMonths, options.For("101").PhaseChangeNoticeDays, options.For("101").MaxExtensionMonths));
        Assert.Equal((3, 10), (options.For("461").PhaseLengthMonths, options.For("461").PhaseChangeNoticeDays));
    }

    [Fact]
    public void A_municipality_with_a_meaningless_setting_is_refused_at_start()
    {
        var options = Bind(new()
        {
            ["CourseLifecycleOptions:Tenants:461:PhaseLengthMonths"] = "0",
            ["CourseLifecycleOptions:Tenants:101:HandOverNoticeMonths"] = "4",
        });

        var failures = options.Validate(nameof(CourseLifecycleOptions));

        Assert.Contains(failures, f => f.StartsWith("CourseLifecycleOptions:Tenants:461: The field PhaseLengthMonths", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("CourseLifecycleOptions:Tenants:101: The field HandOverNoticeMonths", StringComparison.Ordinal));
        Assert.Equal(2, failures.Count);
    }

    private static CourseLifecycleOptions Bind(Dictionary<string, string?> settings)
    {
        var options = new CourseLifecycleOptions();
        options.Bind(new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(nameof(CourseLifecycleOptions)));
        return options;
    }
}
