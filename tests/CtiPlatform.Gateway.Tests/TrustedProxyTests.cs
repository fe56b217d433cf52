using System.Net;
using System.Text.Json;
using CtiPlatform.Gateway.Tests.Hosts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Gateway.Tests;

/// <summary>Behind an ingress: the client's address and scheme come from the proxies the gateway is told to trust, and only from them.</summary>
public sealed class TrustedProxyTests : IAsyncLifetime
{
    private Upstream service = null!;
    private RunningGateway gateway = null!;

    public async Task InitializeAsync()
    {
        service = await Upstream.StartAsync(app => app.Map("/api/echo/{**rest}", (HttpContext context) =>
            Results.Json(context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()))));

        // The test client plays the ingress controller: it connects from loopback.
        gateway = await RunningGateway.StartAsync([
            .. RunningGateway.Route("echo", "/api/echo", [service.Address], ("AllowAnonymous", "true")),
            new("GatewayOptions:TrustedProxies:0", "127.0.0.1/32"),
            new("GatewayOptions:OverallRateLimit:PermitLimit", "1"),
            new("GatewayOptions:OverallRateLimit:Window", "00:10:00"),
        ]);
    }

    public async Task DisposeAsync()
    {
        await gateway.DisposeAsync();
        await service.DisposeAsync();
    }

    [Fact]
    public async Task The_client_behind_a_trusted_proxy_reaches_the_service_as_the_client_and_a_spoofed_earlier_entry_is_ignored()
    {
        using var response = await SendAsync("/api/echo/who", forwardedFor: "198.51.100.20, 203.0.113.7", proto: "https");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var headers = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("203.0.113.7", headers.GetProperty("x-forwarded-for").GetString());
        Assert.Equal("https", headers.GetProperty("x-forwarded-proto").GetString());
        Assert.False(headers.TryGetProperty("x-original-for", out _));

        // The ingress terminated TLS, so the browser must be told to stay on HTTPS.
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Anonymous_callers_behind_one_ingress_keep_budgets_of_their_own()
    {
        using var first = await SendAsync("/api/echo/a", forwardedFor: "203.0.113.10");
        using var second = await SendAsync("/api/echo/b", forwardedFor: "203.0.113.11");
        using var firstAgain = await SendAsync("/api/echo/c", forwardedFor: "203.0.113.10");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, firstAgain.StatusCode);
    }

    [Fact]
    public async Task A_trusted_proxy_that_is_not_a_network_stops_start_up_naming_the_key()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var app = RunningGateway.Build([
                .. RunningGateway.Route("echo", "/api/echo", ["http://echo:8080"]),
                new("GatewayOptions:TrustedProxies:0", "the-ingress"),
            ]);
            await app.StartAsync();
        });

        Assert.Contains("GatewayOptions:TrustedProxies has 'the-ingress'", error.Message);
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string forwardedFor, string? proto = null)
    {
        using var client = gateway.Client(role: null);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        if (proto is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", proto);
        }

        return await client.SendAsync(request);
    }
}
