using System.Net.Http.Headers;
using CtiPlatform.Contracts.Referrals;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.ServiceDefaults;
using CtiPlatform.ServiceDefaults.Tenancy;
using CtiPlatform.Testing;
using CtiPlatform.Workflows.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Workflows.Tests.Infrastructure;

/// <summary>The workflows service on real Kestrel, PostgreSQL and RabbitMQ, built with the calls its Program makes, on a clock the test moves.</summary>
public sealed class WorkflowHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private bool stopped;

    private WorkflowHost(WebApplication app) => this.app = app;

    public Uri Address => new(app.Urls.First());

    public IServiceProvider Services => app.Services;

    public static async Task<WorkflowHost> StartAsync(
        PostgresDatabase database, Uri broker, ManualTimeProvider clock, IEnumerable<KeyValuePair<string, string?>>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection([
            .. TestTokens.Configuration,
            .. database.ConnectionStrings("workflows-db"),
            new("ConnectionStrings:rabbitmq", broker.ToString()),
            new("MessagingOptions:PollInterval", "00:00:00.050"),
            new("MessagingOptions:RedeliveryDelays:0", "00:00:01"),
            .. settings ?? [],
        ]);
        builder.AddServiceDefaults();
        builder.AddWorkflows();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapWorkflowsApi();
        await app.StartAsync();
        return new WorkflowHost(app);
    }

    /// <summary>Publishes an approval the way the referrals service does: through an outbox, with the tenant header.</summary>
    public async Task ApproveAsync(Guid courseId, string workerId, DateOnly expectedMoveOut, DateTimeOffset approvedAt, string tenant = TestTokens.TenantA)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant, "referrals-test");
        scope.ServiceProvider.GetRequiredService<IOutbox>().Publish(new ReferralApproved
        {
            ReferralId = courseId,
            TenantId = tenant,
            WorkerId = workerId,
            ExpectedMoveOutDate = expectedMoveOut,
            ApprovedAt = approvedAt,
        });
        await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().SaveChangesAsync();
    }

    public HttpClient Client(string role, string subject, string tenant = TestTokens.TenantA)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Mint(role, tenant, subject: subject));
        return client;
    }

    public async Task StopAsync()
    {
        if (!stopped)
        {
            stopped = true;
            await app.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await app.DisposeAsync();
    }
}
