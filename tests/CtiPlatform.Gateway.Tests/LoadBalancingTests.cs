using System.Net;
using CtiPlatform.Gateway.Tests.Hosts;
using CtiPlatform.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Gateway.Tests;

/// <summary>Round-robin over a route's destinations, and passive health: a failing destination sits out a while.</summary>
public sealed class LoadBalancingTests
{
    [Fact]
    public async Task Requests_alternate_over_the_destinations()
    {
        await using var first = await Named("first");
        await using var second = await Named("second");
        await using var gateway = await RunningGateway.StartAsync(RunningGateway.Route("courses", "/api/courses", [first.Address, second.Address]));
        using var client = gateway.Client();

        var answers = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(await client.GetStringAsync("/api/courses"));
        }

        Assert.Equal(3, answers.Count(a => a == "first"));
        Assert.Equal(3, answers.Count(a => a == "second"));
        Assert.All(answers.Chunk(2), pair => Assert.NotEqual(pair[0], pair[1]));
    }

    [Fact]
    public async Task A_destination_that_fails_is_left_out_until_the_ejection_period_has_passed()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var broken = await Upstream.StartAsync(app => app.MapGet("/api/courses", (HttpContext context) => context.Abort()));
        await using var healthy = await Named("healthy");
        await using var gateway = await RunningGateway.StartAsync(
            [
                .. RunningGateway.Route("courses", "/api/courses", [broken.Address, healthy.Address]),
                new("GatewayOptions:EjectionPeriod", "00:00:30"),
            ],
            services => services.AddSingleton<TimeProvider>(clock));
        using var client = gateway.Client();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await client.GetAsync("/api/courses")).StatusCode);
        }

        Assert.Equal(1, broken.Hits);
        Assert.Equal(HttpStatusCode.BadGateway, statuses[0]);
        Assert.All(statuses.Skip(1), s => Assert.Equal(HttpStatusCode.OK, s));

        clock.Advance(TimeSpan.FromSeconds(31));
        for (var i = 0; i < 2; i++)
        {
            await client.GetAsync("/api/courses");
        }

        Assert.Equal(2, broken.Hits);
    }

    [Fact]
    public async Task A_request_without_a_body_is_retried_on_the_next_destination_when_one_refuses_connections()
    {
        await using var healthy = await Named("healthy");
        await using var gateway = await RunningGateway.StartAsync(
            RunningGateway.Route("courses", "/api/courses", [Upstream.Refusing(), healthy.Address]));
        using var client = gateway.Client();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.GetAsync("/api/courses")).StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(4, healthy.Hits);
    }

    private static Task<Upstream> Named(string name) =>
        Upstream.StartAsync(app => app.MapGet("/api/courses", () => Results.Text(name)));
}
