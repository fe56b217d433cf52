using System.Net;
using System.Text.Json;
using CtiPlatform.Gateway.Tests.Hosts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CtiPlatform.Gateway.Tests;

/// <summary>Each service's OpenAPI document through the gateway, and the page that lists them.</summary>
public sealed class DocumentationTests : IAsyncLifetime
{
    private Upstream referrals = null!;
    private RunningGateway gateway = null!;

    public async Task InitializeAsync()
    {
        referrals = await Upstream.StartWithServiceDefaultsAsync(app =>
            app.MapGet("/api/referrals/{id}", (string id) => TypedResults.Ok(id)).WithName("GetReferral").RequireAuthorization());
        gateway = await RunningGateway.StartAsync([
            .. RunningGateway.Route("referrals", "/api/referrals", [referrals.Address], ("OpenApiPath", "/openapi/v1.json")),
            .. RunningGateway.Route("courses", "/api/courses", [referrals.Address]),
        ]);
    }

    public async Task DisposeAsync()
    {
        await gateway.DisposeAsync();
        await referrals.DisposeAsync();
    }

    [Fact]
    public async Task A_services_document_is_served_by_the_gateway_without_the_services_address()
    {
        using var client = gateway.Client(role: null);

        using var response = await client.GetAsync("/openapi/referrals.json");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(body).RootElement;
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/referrals/{id}", out _));
        Assert.False(document.TryGetProperty("servers", out _));
        Assert.DoesNotContain(new Uri(referrals.Address).Authority, body);
    }

    [Fact]
    public async Task The_documentation_page_lists_every_document_in_danish()
    {
        using var client = gateway.Client(role: null);

        using var response = await client.GetAsync("/docs");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("API-dokumentation", page);
        Assert.Contains("href=\"/openapi/referrals.json\"", page);
        Assert.DoesNotContain("courses", page);
    }
}
