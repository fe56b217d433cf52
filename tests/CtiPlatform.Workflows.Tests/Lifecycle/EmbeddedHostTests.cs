using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CtiPlatform.Contracts.Referrals;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;
using CtiPlatform.ServiceDefaults;
using CtiPlatform.Testing;
using CtiPlatform.Workflows.Api;
using CtiPlatform.Workflows.Domain;
using CtiPlatform.Workflows.Persistence;
using CtiPlatform.Workflows.Tests.Infrastructure;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Workflows.Tests.Lifecycle;

/// <summary>The standalone host runs every service on SQLite and the in-memory transport; the lifecycle must work there too.</summary>
public sealed class EmbeddedHostTests : IDisposable
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "cti-workflows-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_lifecycle_runs_on_SQLite_and_the_in_memory_transport()
    {
        var clock = new ManualTimeProvider(CopenhagenCalendar.StartOf(new DateOnly(2025, 1, 31)).AddHours(9));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection([
            .. TestTokens.Configuration,
            new("PersistenceOptions:Provider", "Sqlite"),
            new("PersistenceOptions:DataDirectory", dataDirectory),
            new("MessagingOptions:Transport", "InMemory"),
            new("MessagingOptions:PollInterval", "00:00:00.050"),
        ]);
        builder.AddServiceDefaults();
        builder.AddWorkflows();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        await using var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapWorkflowsApi();
        await app.StartAsync();
        var id = Guid.NewGuid();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(TestTokens.TenantA, "referrals-test");
            scope.ServiceProvider.GetRequiredService<IOutbox>().Publish(new ReferralApproved
            {
                ReferralId = id, TenantId = TestTokens.TenantA, WorkerId = "worker-1", ExpectedMoveOutDate = new DateOnly(2025, 2, 10), ApprovedAt = clock.GetUtcNow(),
            });
            await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().SaveChangesAsync();
        }

        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Mint(Roles.CtiWorker, subject: "worker-1"));
        await Eventually.Until(() => client.GetAsync($"/api/courses/{id}"), r => r.IsSuccessStatusCode, Bounds.Signal, "the course created");
        (await client.PostAsJsonAsync($"/api/courses/{id}/move-in", new { moveInDate = new DateOnly(2025, 1, 31) })).EnsureSuccessStatusCode();
        clock.SetUtcNow(CopenhagenCalendar.StartOf(new DateOnly(2025, 4, 30)));

        var view = await Eventually.Until(
            async () => (await client.GetFromJsonAsync<CourseView>($"/api/courses/{id}", TestJson.Options))!,
            v => v.Stage == CourseStage.Phase2, Bounds.Signal, "phase 2 on SQLite");
        Assert.Equal(new DateOnly(2025, 7, 31), view.NextTransitionDate);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/courses?stage=Phase2&nextTransitionBefore=2025-08-01", TestJson.Options);
        Assert.Contains(list.EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        await app.StopAsync();
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
