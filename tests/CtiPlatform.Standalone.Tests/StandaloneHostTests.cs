using System.Diagnostics;
using System.Net;

namespace CtiPlatform.Standalone.Tests;

public sealed class StandaloneHostTests
{
    [Fact]
    public async Task The_standalone_host_answers_health_within_15_seconds_and_prints_a_token_per_role()
    {
        var started = Stopwatch.StartNew();
        await using var host = await StandaloneProcess.StartAsync(TimeSpan.FromSeconds(15));
        using var client = new HttpClient { BaseAddress = host.Address };

        var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(15), $"took {started.Elapsed}");
        Assert.Equal(["cti-worker", "shelter", "team-lead", "tenant-admin", "visitation-committee"], host.Tokens.Keys.Order());
    }
}
