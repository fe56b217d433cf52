using System.Net;
using CtiPlatform.Gateway.Tests.Hosts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CtiPlatform.Gateway.Tests;

/// <summary>
/// The web app's route is <c>/</c> (decision 805): it takes every path no other route takes, without a token (a page
/// carries a cookie), and never an API path: a service's route keeps its own, and an unknown one under <c>/api</c> gets
/// the gateway's 404 problem instead of a page.
/// </summary>
public sealed class CatchAllRouteTests : IAsyncLifetime
{
    private Upstream service = null!;
    private Upstream web = null!;
    private RunningGateway gateway = null!;

    public async Task InitializeAsync()
    {
        service = await Upstream.StartAsync(app => app.Map("/api/referrals/{**rest}", () => Results.Text("referrals")));
        web = await Upstream.StartAsync(app => app.Map("/{**rest}", (HttpContext context) => Results.Text("web " + context.Request.Path)));
        gateway = await RunningGateway.StartAsync([
            .. RunningGateway.Route("referrals", "/api/referrals", [service.Address]),
            .. RunningGateway.Route("web", "/", [web.Address], ("AllowAnonymous", "true")),
        ]);
    }

    public async Task DisposeAsync()
    {
        await gateway.DisposeAsync();
        await web.DisposeAsync();
        await service.DisposeAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/shelter/referrals")]
    [InlineData("/css/site.css")]
    public async Task Pages_reach_the_web_app_without_a_token(string path)
    {
        using var client = gateway.Client(role: null);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("web " + path, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_services_route_is_not_shadowed_by_the_catch_all()
    {
        using var client = gateway.Client();

        using var response = await client.GetAsync("/api/referrals/42");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("referrals", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, web.Hits);
    }

    [Theory]
    [InlineData("/api")]
    [InlineData("/api/unknown/7")]
    public async Task An_unknown_api_path_gets_the_gateways_404_problem_not_a_page(string path)
    {
        using var client = gateway.Client();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, web.Hits);
    }

    [Fact]
    public async Task The_gateways_own_endpoints_stay_its_own()
    {
        using var client = gateway.Client(role: null);

        using var response = await client.GetAsync("/alive");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, web.Hits);
    }
}
