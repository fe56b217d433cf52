using CtiPlatform.Gateway.Tests.Hosts;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Gateway.Tests;

/// <summary>A gateway with broken configuration refuses to start and says which key is wrong.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public async Task A_route_without_destinations_stops_start_up_naming_the_key()
    {
        var error = await StartFailureAsync([new("GatewayOptions:Routes:referrals:PathPrefix", "/api/referrals")]);

        Assert.Contains("GatewayOptions:Routes:referrals:Destinations is empty", error);
    }

    [Fact]
    public async Task A_destination_with_a_path_or_a_bad_prefix_stops_start_up()
    {
        var error = await StartFailureAsync(RunningGateway.Route("referrals", "api/referrals/", ["http://referrals:8080/api"]));

        Assert.Contains("GatewayOptions:Routes:referrals:PathPrefix must start with '/'", error);
        Assert.Contains("GatewayOptions:Routes:referrals:Destinations:0 must be a base address", error);
    }

    [Fact]
    public async Task A_route_naming_an_undefined_rate_limit_policy_stops_start_up()
    {
        var error = await StartFailureAsync(
            RunningGateway.Route("referrals", "/api/referrals", ["http://referrals:8080"], ("RateLimitPolicy", "submissions")));

        Assert.Contains("names 'submissions', which is not defined under GatewayOptions:RateLimits", error);
    }

    private static async Task<string> StartFailureAsync(IEnumerable<KeyValuePair<string, string?>> settings)
    {
        // MapGateway reads the routes while the host is composed, so a bad configuration fails there, before start.
        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var app = RunningGateway.Build(settings);
            await app.StartAsync();
        });
        return error.Message;
    }
}
