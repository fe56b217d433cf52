using System.Net;
using System.Text.Json;
using CtiPlatform.Gateway.Tests.Hosts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CtiPlatform.Gateway.Tests;

/// <summary>What crosses the gateway and what does not, checked at the service and at the client.</summary>
public sealed class ForwardingTests : IAsyncLifetime
{
    private Upstream service = null!;
    private RunningGateway gateway = null!;

    public async Task InitializeAsync()
    {
        service = await Upstream.StartAsync(app =>
        {
            app.Map("/api/echo/{**rest}", (HttpContext context) =>
            {
                context.Response.Headers["X-Upstream"] = "yes";
                context.Response.Headers["Keep-Alive"] = "timeout=5";
                context.Response.Headers["X-Powered-By"] = "Kestrel";
                return Results.Json(new
                {
                    method = context.Request.Method,
                    target = context.Request.Path.Value + context.Request.QueryString.Value,
                    headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()),
                });
            });
            app.MapGet("/api/echo-missing", () => Results.NotFound());
        });
        gateway = await RunningGateway.StartAsync([
            .. RunningGateway.Route("echo", "/api/echo", [service.Address]),
            .. RunningGateway.Route("missing", "/api/echo-missing", [service.Address]),
        ]);
    }

    public async Task DisposeAsync()
    {
        await gateway.DisposeAsync();
        await service.DisposeAsync();
    }

    [Fact]
    public async Task Hop_by_hop_headers_are_dropped_and_forwarded_headers_replace_the_callers_on_the_way_up()
    {
        using var client = gateway.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/echo/items?page=2&q=a%20b");
        request.Headers.Connection.Add("X-Hop");
        request.Headers.TryAddWithoutValidation("X-Hop", "connection-scoped");
        request.Headers.TryAddWithoutValidation("Keep-Alive", "timeout=5");
        request.Headers.TryAddWithoutValidation("Proxy-Authorization", "Basic c2VjcmV0");
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", "203.0.113.9");
        request.Headers.TryAddWithoutValidation("X-Custom", "kept");

        using var response = await client.SendAsync(request);
        var echo = await EchoAsync(response);
        var headers = echo.GetProperty("headers");

        Assert.Equal("/api/echo/items?page=2&q=a%20b", echo.GetProperty("target").GetString());
        Assert.Equal("kept", headers.GetProperty("x-custom").GetString());
        Assert.StartsWith("Bearer ", headers.GetProperty("authorization").GetString());
        Assert.False(headers.TryGetProperty("x-hop", out _));
        Assert.False(headers.TryGetProperty("keep-alive", out _));
        Assert.False(headers.TryGetProperty("proxy-authorization", out _));
        Assert.Equal("127.0.0.1", headers.GetProperty("x-forwarded-for").GetString());
        Assert.Equal("http", headers.GetProperty("x-forwarded-proto").GetString());
        Assert.Equal(gateway.Address.Authority, headers.GetProperty("x-forwarded-host").GetString());
        Assert.Equal(new Uri(service.Address).Authority, headers.GetProperty("host").GetString());
    }

    [Fact]
    public async Task Hop_by_hop_and_server_identifying_headers_are_dropped_on_the_way_down_and_security_headers_added()
    {
        using var client = gateway.Client();

        using var response = await client.GetAsync("/api/echo");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("yes", response.Headers.GetValues("X-Upstream").Single());
        Assert.False(response.Headers.Contains("Keep-Alive"));
        Assert.False(response.Headers.Contains("X-Powered-By"));
        Assert.False(response.Headers.Contains("Server"));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task The_callers_trace_id_reaches_the_service()
    {
        const string traceId = "0af7651916cd43dd8448eb211c80319c";
        using var client = gateway.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/echo/traced");
        request.Headers.TryAddWithoutValidation("traceparent", $"00-{traceId}-b7ad6b7169203331-01");

        using var response = await client.SendAsync(request);
        var traceparent = (await EchoAsync(response)).GetProperty("headers").GetProperty("traceparent").GetString();

        Assert.Matches($"^00-{traceId}-[0-9a-f]{{16}}-0[01]$", traceparent);
    }

    [Fact]
    public async Task A_request_body_and_method_arrive_as_sent()
    {
        using var client = gateway.Client();

        using var response = await client.PutAsync("/api/echo/7", new StringContent("{\"a\":1}", System.Text.Encoding.UTF8, "application/json"));
        var echo = await EchoAsync(response);

        Assert.Equal("PUT", echo.GetProperty("method").GetString());
        Assert.Equal("7", echo.GetProperty("headers").GetProperty("content-length").GetString());
        Assert.StartsWith("application/json", echo.GetProperty("headers").GetProperty("content-type").GetString());
    }

    [Fact]
    public async Task A_services_error_status_with_an_empty_body_passes_through_unchanged()
    {
        using var client = gateway.Client();

        using var response = await client.GetAsync("/api/echo-missing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> EchoAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
