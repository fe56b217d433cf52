using CtiPlatform.Contracts.Courses;
using CtiPlatform.Contracts.Referrals;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.ServiceDefaults.Tenancy;
using CtiPlatform.Testing;
using CtiPlatform.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Workflows.Tests.Infrastructure;

/// <summary>
/// The workflows service in a <see cref="ServiceHost"/>, composed with the calls its Program makes, on a clock the
/// test moves; and what the referrals service does to it, approving a course.
/// </summary>
public static class WorkflowsService
{
    /// <summary>On its own PostgreSQL database and RabbitMQ; returns once the service is ready.</summary>
    public static Task<ServiceHost> StartAsync(
        PostgresDatabase database, Uri broker, ManualTimeProvider clock, IEnumerable<KeyValuePair<string, string?>>? settings = null,
        Action<IServiceCollection>? services = null) =>
        StartAsync(
            [
                .. database.ConnectionStrings("workflows-db"),
                .. TestMessaging.RabbitMq(broker),

                // A failed message comes back after one second rather than the production five, within a test's patience.
                new("MessagingOptions:RedeliveryDelays:0", "00:00:01"),
                .. settings ?? [],
            ],
            clock, services);

    /// <summary>As the standalone host runs it: a SQLite file in <paramref name="dataDirectory"/> and the in-memory transport.</summary>
    public static Task<ServiceHost> StartEmbeddedAsync(string dataDirectory, ManualTimeProvider clock) =>
        StartAsync(
            [new("PersistenceOptions:Provider", "Sqlite"), new("PersistenceOptions:DataDirectory", dataDirectory), .. TestMessaging.InMemory],
            clock, null);

    /// <summary>Publishes an approval the way the referrals service does: through an outbox, with the tenant header.</summary>
    /// <param name="headerTenant">The tenant the message's header names, when a test forges one other than the body's.</param>
    public static Task ApproveAsync(
        this ServiceHost host, Guid courseId, string workerId, DateOnly expectedMoveOut, DateTimeOffset approvedAt, string tenant = TestTokens.TenantA,
        string? headerTenant = null, DateTimeOffset? referredAt = null)
        => host.PublishAsync(headerTenant ?? tenant, new ReferralApproved
        {
            ReferralId = courseId,
            TenantId = tenant,
            WorkerId = workerId,
            ExpectedMoveOutDate = expectedMoveOut,
            ApprovedAt = approvedAt,
            ReferredAt = referredAt,
        });

    /// <summary>Publishes a hand-over the way the referrals service does when a team lead reassigns the course.</summary>
    public static Task ReassignAsync(
        this ServiceHost host, Guid courseId, string previousWorkerId, string workerId, DateTimeOffset reassignedAt, string tenant = TestTokens.TenantA)
        => host.PublishAsync(tenant, new CourseReassigned
        {
            CourseId = courseId,
            TenantId = tenant,
            PreviousWorkerId = previousWorkerId,
            WorkerId = workerId,
            ReassignedAt = reassignedAt,
        });

    /// <summary>Through the service's own outbox, under <paramref name="headerTenant"/>, as another service publishes.</summary>
    private static async Task PublishAsync<T>(this ServiceHost host, string headerTenant, T message)
        where T : class
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(headerTenant, "referrals-test");
        scope.ServiceProvider.GetRequiredService<IOutbox>().Publish(message);
        await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().SaveChangesAsync();
    }

    private static async Task<ServiceHost> StartAsync(
        IEnumerable<KeyValuePair<string, string?>> configuration, ManualTimeProvider clock, Action<IServiceCollection>? services)
    {
        var host = await ServiceHost.StartAsync(
            configuration,
            builder =>
            {
                builder.AddWorkflows();
                builder.Services.AddSingleton<TimeProvider>(clock);
            },
            app => app.MapWorkflowsApi(),
            services);

        // Tests publish approvals and move the clock right away; the service's queues must be bound by then.
        await host.WaitUntilReadyAsync();
        return host;
    }
}
