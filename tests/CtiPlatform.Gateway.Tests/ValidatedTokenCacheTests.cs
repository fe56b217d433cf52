using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using CtiPlatform.Gateway.Edge;
using CtiPlatform.Gateway.Tests.Hosts;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CtiPlatform.Gateway.Tests;

/// <summary>Remembering validated tokens must never let an invalid or expired token through.</summary>
public sealed class ValidatedTokenCacheTests
{
    [Fact]
    public async Task A_tampered_token_is_refused_after_the_genuine_one_was_accepted()
    {
        await using var service = await Upstream.StartAsync(app => app.MapGet("/api/courses", () => Results.Ok()));
        await using var gateway = await RunningGateway.StartAsync(RunningGateway.Route("courses", "/api/courses", [service.Address]));
        var genuine = TestTokens.Mint(Roles.CtiWorker);
        var parts = genuine.Split('.');
        var signature = parts[2].ToCharArray();
        signature[10] = signature[10] == 'A' ? 'B' : 'A';
        var tampered = $"{parts[0]}.{parts[1]}.{new string(signature)}";
        using var client = gateway.Client(role: null);

        var first = await SendAsync(client, genuine);
        var forged = await SendAsync(client, tampered);
        var again = await SendAsync(client, genuine);

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.Unauthorized, forged);
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Equal(2, service.Hits);
    }

    [Fact]
    public void A_remembered_token_is_forgotten_when_it_expires()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        var cache = new ValidatedTokenCache(clock);
        cache.Add("token", Worker(), clock.GetUtcNow().UtcDateTime.AddSeconds(20));

        var fresh = cache.TryGet("token", out _);
        clock.Advance(TimeSpan.FromSeconds(21));
        var expired = cache.TryGet("token", out _);

        Assert.True(fresh);
        Assert.False(expired);
    }

    [Fact]
    public void A_long_lived_token_is_validated_again_after_a_minute()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        var cache = new ValidatedTokenCache(clock);
        cache.Add("token", Worker(), clock.GetUtcNow().UtcDateTime.AddHours(1));

        clock.Advance(TimeSpan.FromSeconds(59));
        var withinMinute = cache.TryGet("token", out var principal);
        clock.Advance(TimeSpan.FromSeconds(2));
        var afterMinute = cache.TryGet("token", out _);

        Assert.True(withinMinute);
        Assert.Equal("worker-1", principal.FindFirst(CtiClaimTypes.Subject)?.Value);
        Assert.False(afterMinute);
    }

    private static ClaimsPrincipal Worker() =>
        new(new ClaimsIdentity([new Claim(CtiClaimTypes.Subject, "worker-1"), new Claim(CtiClaimTypes.Role, Roles.CtiWorker)], "Bearer"));

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/courses");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
