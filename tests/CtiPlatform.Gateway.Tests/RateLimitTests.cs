using System.Net;
using System.Text.Json;
using CtiPlatform.Gateway.Tests.Hosts;
using CtiPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CtiPlatform.Gateway.Tests;

/// <summary>Per-caller limits: referral submissions per shelter organisation, and everything per caller.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private Upstream referrals = null!;
    private RunningGateway gateway = null!;

    public async Task InitializeAsync()
    {
        referrals = await Upstream.StartAsync(app =>
        {
            app.MapGet("/api/referrals", () => Results.Ok());
            app.MapPost("/api/referrals", () => Results.Created());
            app.MapGet("/api/courses", () => Results.Ok());
        });
        gateway = await RunningGateway.StartAsync([
            .. RunningGateway.Route("referrals", "/api/referrals", [referrals.Address], ("RateLimitPolicy", "referral-submission")),
            .. RunningGateway.Route("courses", "/api/courses", [referrals.Address]),
            new("GatewayOptions:RateLimits:referral-submission:PermitLimit", "2"),
            new("GatewayOptions:RateLimits:referral-submission:Window", "00:10:00"),
            new("GatewayOptions:RateLimits:referral-submission:Methods:0", "POST"),
            new("GatewayOptions:OverallRateLimit:PermitLimit", "5"),
            new("GatewayOptions:OverallRateLimit:Window", "00:10:00"),
        ]);
    }

    public async Task DisposeAsync()
    {
        await gateway.DisposeAsync();
        await referrals.DisposeAsync();
    }

    [Fact]
    public async Task Submissions_over_the_limit_get_429_problem_details_with_retry_after()
    {
        using var shelter = gateway.Client(Roles.Shelter, organisation: "krisecenter-1");

        var accepted = new[] { await SubmitAsync(shelter), await SubmitAsync(shelter) };
        using var refused = await shelter.PostAsync("/api/referrals", null);

        Assert.All(accepted, status => Assert.Equal(HttpStatusCode.Created, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("For mange forespørgsler. Vent lidt, og prøv igen.", problem.GetProperty("title").GetString());
        Assert.Equal(2, referrals.Hits);
    }

    [Fact]
    public async Task Users_of_one_shelter_share_its_budget_while_another_shelter_keeps_its_own()
    {
        using var first = gateway.Client(Roles.Shelter, organisation: "krisecenter-1", subject: "anna");
        using var colleague = gateway.Client(Roles.Shelter, organisation: "krisecenter-1", subject: "birte");
        using var otherShelter = gateway.Client(Roles.Shelter, organisation: "krisecenter-2", subject: "clara");

        await SubmitAsync(first);
        await SubmitAsync(first);

        Assert.Equal(HttpStatusCode.TooManyRequests, await SubmitAsync(colleague));
        Assert.Equal(HttpStatusCode.Created, await SubmitAsync(otherShelter));
    }

    [Fact]
    public async Task A_caller_of_another_role_carrying_a_shelters_organisation_does_not_spend_its_budget()
    {
        using var worker = gateway.Client(Roles.CtiWorker, organisation: "krisecenter-1", subject: "worker-with-organisation");
        using var shelter = gateway.Client(Roles.Shelter, organisation: "krisecenter-1", subject: "anna");

        await SubmitAsync(worker);
        await SubmitAsync(worker);

        Assert.Equal(HttpStatusCode.Created, await SubmitAsync(shelter));
    }

    [Fact]
    public async Task The_submission_limit_counts_submissions_only()
    {
        using var shelter = gateway.Client(Roles.Shelter, organisation: "krisecenter-1");
        await SubmitAsync(shelter);
        await SubmitAsync(shelter);

        using var read = await shelter.GetAsync("/api/referrals");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task The_overall_limit_counts_every_route_per_user_and_spares_health_probes()
    {
        using var worker = gateway.Client(Roles.CtiWorker, subject: "worker-1");
        using var otherWorker = gateway.Client(Roles.CtiWorker, subject: "worker-2");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await worker.GetAsync("/api/referrals")).StatusCode);
        }

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await worker.GetAsync("/api/courses")).StatusCode);
        }

        using var refused = await worker.GetAsync("/api/courses");
        using var other = await otherWorker.GetAsync("/api/courses");
        var probes = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => worker.GetAsync("/alive")));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.All(probes, p => Assert.Equal(HttpStatusCode.OK, p.StatusCode));
    }

    private static async Task<HttpStatusCode> SubmitAsync(HttpClient client)
    {
        using var response = await client.PostAsync("/api/referrals", null);
        return response.StatusCode;
    }
}
