using System.Net;
using System.Net.Http.Headers;
using CtiPlatform.Testing;

namespace CtiPlatform.Standalone.Tests;

/// <summary>Who can reach the standalone host, and who gets tokens from it (decision 023).</summary>
public sealed class StandaloneExposureTests
{
    [Fact]
    public async Task A_listen_address_beyond_loopback_is_refused_with_a_log_line_and_a_non_zero_exit()
    {
        var (exitCode, output) = await StandaloneProcess.RunToExitAsync(TimeSpan.FromSeconds(90), "--Urls", "http://0.0.0.0:0");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("\"Message\":\"Hosting failed to start\"", output);
        Assert.Contains("listens on loopback only, but was given http://0.0.0.0:0", output);
        Assert.Contains("StandaloneOptions:AllowRemoteAccess=true", output);
        Assert.DoesNotContain("kører på", output);
    }

    [Fact]
    public async Task A_listen_address_beyond_loopback_is_accepted_when_remote_access_is_allowed()
    {
        await using var host = await StandaloneProcess.StartAsync(
            TimeSpan.FromSeconds(90), "--Urls", "http://0.0.0.0:0", "--StandaloneOptions:AllowRemoteAccess", "true");
        using var client = new HttpClient { BaseAddress = new UriBuilder(host.Address) { Host = "127.0.0.1" }.Uri };

        using var health = await client.GetAsync("/health");

        Assert.Equal("0.0.0.0", host.Address.Host);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task No_demo_tokens_are_printed_when_a_signing_key_is_configured()
    {
        await using var host = await StandaloneProcess.StartAsync(
            TimeSpan.FromSeconds(90), [.. TestTokens.Configuration.Where(s => s.Key.StartsWith("JwtOptions:")).SelectMany(s => new[] { "--" + s.Key, s.Value! })]);
        using var lead = new HttpClient { BaseAddress = host.Address };
        lead.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Mint("team-lead"));

        using var courses = await lead.GetAsync("/api/courses");

        Assert.Empty(host.Tokens);
        Assert.DoesNotContain("eyJ", host.Output);
        Assert.Equal(HttpStatusCode.OK, courses.StatusCode);
    }
}
