using System.Net;
using System.Net.Http.Headers;
using CtiPlatform.Gateway.Documentation;
using CtiPlatform.Gateway.Tests.Hosts;
using CtiPlatform.ServiceDefaults;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace CtiPlatform.Gateway.Tests;

/// <summary>
/// The standalone host serves the services in process at the same public paths: it takes the edge and the
/// documentation page from the gateway project, without forwarding. Composed here as that host would be.
/// </summary>
public sealed class StandaloneEdgeTests : IAsyncLifetime
{
    private WebApplication app = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection([
            .. TestTokens.Configuration,
            new("GatewayOptions:Routes:referrals:PathPrefix", "/api/referrals"),
            new("GatewayOptions:Routes:referrals:RateLimitPolicy", "referral-submission"),
            new("GatewayOptions:RateLimits:referral-submission:PermitLimit", "1"),
            new("GatewayOptions:RateLimits:referral-submission:Window", "00:10:00"),
        ]);
        builder.AddServiceDefaults();
        builder.AddGatewayEdge();
        app = builder.Build();
        app.MapDefaultEndpoints();
        app.UseGatewayEdge();
        app.MapPost("/api/referrals", async (HttpContext context) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            return TypedResults.Created();
        }).RequireAuthorization(Policies.Shelter);
        app.MapGatewayDocumentation([new ApiDocumentLink("standalone", "/openapi/v1.json")]);
        await app.StartAsync();

        client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Mint(Roles.Shelter, organisationId: "krisecenter-1"));
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task The_submission_limit_applies_on_the_same_public_path_in_process()
    {
        using var first = await client.PostAsync("/api/referrals", new StringContent("{}"));
        using var second = await client.PostAsync("/api/referrals", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.True(second.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task The_default_body_limit_and_security_headers_apply_in_process()
    {
        using var response = await client.PostAsync("/api/referrals", new PatternContent(2 * 1024 * 1024));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task The_documentation_page_lists_in_process_documents()
    {
        var page = await client.GetStringAsync("/docs");

        Assert.Contains("href=\"/openapi/v1.json\"", page);
    }
}
