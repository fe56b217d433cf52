using System.Net;
using CtiPlatform.Gateway.Tests.Hosts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CtiPlatform.Gateway.Tests;

/// <summary>What the gateway refuses itself, before any service is asked.</summary>
public sealed class EdgeSecurityTests : IAsyncLifetime
{
    private const int TwoMegabytes = 2 * 1024 * 1024;

    private Upstream service = null!;

    public async Task InitializeAsync() => service = await Upstream.StartAsync(app =>
    {
        app.MapGet("/api/referrals", () => Results.Ok());
        app.MapPost("/api/referrals", async (HttpContext context) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            return Results.Created();
        });
    });

    public async Task DisposeAsync() => await service.DisposeAsync();

    [Fact]
    public async Task A_request_without_a_token_gets_401_and_never_reaches_the_service()
    {
        await using var gateway = await StartGatewayAsync();
        using var client = gateway.Client(role: null);

        using var response = await client.GetAsync("/api/referrals");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(0, service.Hits);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_gets_401()
    {
        await using var gateway = await StartGatewayAsync();
        using var client = gateway.Client(role: null);
        client.DefaultRequestHeaders.Authorization = new("Bearer",
            new ServiceDefaults.Security.SymmetricTokenIssuer(Testing.TestTokens.Issuer, Testing.TestTokens.Audience, Convert.ToBase64String(new byte[32]))
                .Issue("intruder", ["cti-worker"], Testing.TestTokens.TenantA, null, DateTimeOffset.UtcNow, TimeSpan.FromHours(1)));

        using var response = await client.GetAsync("/api/referrals");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, service.Hits);
    }

    [Fact]
    public async Task A_body_announced_over_the_default_1_MB_limit_gets_413_and_never_reaches_the_service()
    {
        await using var gateway = await StartGatewayAsync();
        using var client = gateway.Client();

        using var response = await client.PostAsync("/api/referrals", new PatternContent(TwoMegabytes));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, service.Hits);
    }

    [Fact]
    public async Task A_chunked_body_that_grows_over_the_limit_is_cut_off_with_413()
    {
        await using var gateway = await StartGatewayAsync();
        using var client = gateway.Client();

        using var response = await client.PostAsync("/api/referrals", new PatternContent(TwoMegabytes, announceLength: false));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_under_the_limit_goes_through()
    {
        await using var gateway = await StartGatewayAsync();
        using var client = gateway.Client();

        using var response = await client.PostAsync("/api/referrals", new PatternContent(512 * 1024));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Headers_over_the_size_limit_get_431_and_never_reach_the_service()
    {
        await using var gateway = await StartGatewayAsync(("GatewayOptions:MaxRequestHeadersTotalSize", "16384"));
        using var client = gateway.Client();
        client.DefaultRequestHeaders.TryAddWithoutValidation("X-Large", new string('a', 20_000));

        using var response = await client.GetAsync("/api/referrals");

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        Assert.Equal(0, service.Hits);
    }

    [Fact]
    public async Task Cross_origin_requests_get_no_cors_headers_unless_origins_are_configured()
    {
        await using var gateway = await StartGatewayAsync();
        using var client = gateway.Client(role: null);

        using var response = await client.SendAsync(Preflight("https://kommune.example.dk"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_configured_origin_gets_its_preflight_answered_without_a_token()
    {
        await using var gateway = await StartGatewayAsync(("GatewayOptions:Cors:AllowedOrigins:0", "https://kommune.example.dk"));
        using var client = gateway.Client(role: null);

        using var allowed = await client.SendAsync(Preflight("https://kommune.example.dk"));
        using var other = await client.SendAsync(Preflight("https://elsewhere.example.com"));

        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal("https://kommune.example.dk", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(0, service.Hits);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/referrals");
        request.Headers.TryAddWithoutValidation("Origin", origin);
        request.Headers.TryAddWithoutValidation("Access-Control-Request-Method", "POST");
        request.Headers.TryAddWithoutValidation("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }

    private Task<RunningGateway> StartGatewayAsync(params (string Key, string Value)[] settings) =>
        RunningGateway.StartAsync([
            .. RunningGateway.Route("referrals", "/api/referrals", [service.Address]),
            .. settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)),
        ]);
}
