using System.Net.Http.Json;
using System.Text.Json;
using CtiPlatform.Domain;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;
using CtiPlatform.Workflows.Api;
using CtiPlatform.Workflows.Domain;
using CtiPlatform.Workflows.Tests.Infrastructure;

namespace CtiPlatform.Workflows.Tests.Lifecycle;

/// <summary>The standalone host runs every service on SQLite and the in-memory transport; the lifecycle must work there too.</summary>
public sealed class EmbeddedHostTests : IDisposable
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "cti-workflows-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_lifecycle_runs_on_SQLite_and_the_in_memory_transport()
    {
        var clock = new ManualTimeProvider(CopenhagenCalendar.StartOf(new DateOnly(2025, 1, 31)).AddHours(9));
        await using var host = await WorkflowsService.StartEmbeddedAsync(dataDirectory, clock);
        var id = Guid.NewGuid();
        await host.ApproveAsync(id, "worker-1", new DateOnly(2025, 2, 10), clock.GetUtcNow());

        using var client = host.Client(Roles.CtiWorker, subject: "worker-1");
        await Eventually.Until(() => client.GetAsync($"/api/courses/{id}"), r => r.IsSuccessStatusCode, Bounds.Signal, "the course created");
        (await client.PostAsJsonAsync($"/api/courses/{id}/move-in", new { moveInDate = new DateOnly(2025, 1, 31) })).EnsureSuccessStatusCode();
        clock.SetUtcNow(CopenhagenCalendar.StartOf(new DateOnly(2025, 4, 30)));

        var view = await Eventually.Until(
            async () => (await client.GetFromJsonAsync<CourseView>($"/api/courses/{id}", TestJson.Options))!,
            v => v.Stage == CourseStage.Phase2, Bounds.Signal, "phase 2 on SQLite");
        Assert.Equal(new DateOnly(2025, 7, 31), view.NextTransitionDate);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/courses?stage=Phase2&nextTransitionBefore=2025-08-01", TestJson.Options);
        Assert.Contains(list.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
