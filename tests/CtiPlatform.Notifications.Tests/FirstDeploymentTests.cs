using CtiPlatform.Contracts.Reminders;
using CtiPlatform.Persistence.Schema;
using CtiPlatform.Testing;

namespace CtiPlatform.Notifications.Tests;

/// <summary>
/// Issue #16 item 4: on a broker the service has never been started against, its <c>migrate</c> step declares its
/// queues (decision 213), so a reminder the workflow publishes before the service's first start waits there for it.
/// </summary>
public sealed class FirstDeploymentTests : IAsyncLifetime
{
    private const string ReminderQueue = "phase-change-due";

    private readonly PostgresDatabase database = new();
    private IsolatedVirtualHost virtualHost = null!;
    private FakeSidecar sidecar = null!;
    private IEnumerable<KeyValuePair<string, string?>> configuration = [];

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        virtualHost = await IsolatedVirtualHost.CreateAsync();
        sidecar = await FakeSidecar.StartAsync();
        configuration =
        [
            .. database.ConnectionStrings("notifications-db"),
            .. TestMessaging.RabbitMq(await virtualHost.ServiceAddressAsync("notifications")),
            .. TestKeyRings.Fresh(),
            new("DaprOptions:SidecarAddress", sidecar.Address.ToString()),
        ];
    }

    [Fact]
    public async Task A_reminder_published_after_the_migrate_step_but_before_the_first_start_reaches_the_inbox()
    {
        Assert.Equal(0, await MigrateAsync());
        var worker = $"worker-{Guid.NewGuid():N}";
        var course = Guid.NewGuid();

        await PublishAsTheWorkflowAsync(course, worker);
        Assert.Single(await virtualHost.PeekAsync(ReminderQueue));

        await using var host = await NotificationsService.StartAsync(configuration);
        using var client = new NotificationsClient(host, worker);
        var entry = await client.EntryAboutAsync(course);
        Assert.Equal(("PhaseChangeDue", new DateOnly(2027, 3, 1)), (entry.Kind, entry.Date));
    }

    [Fact]
    public async Task A_second_migrate_step_changes_nothing_and_takes_no_message_off_the_queue()
    {
        Assert.Equal(0, await MigrateAsync());
        var worker = $"worker-{Guid.NewGuid():N}";
        var course = Guid.NewGuid();
        await PublishAsTheWorkflowAsync(course, worker);

        Assert.Equal(0, await MigrateAsync());

        Assert.Single(await virtualHost.PeekAsync(ReminderQueue));
        await using var host = await NotificationsService.StartAsync(configuration);
        using var client = new NotificationsClient(host, worker);
        await client.EntryAboutAsync(course);
        Assert.Single(await client.InboxAsync());
    }

    [Fact]
    public async Task A_migrate_step_run_after_something_built_the_bus_fails_instead_of_consuming_what_waits()
    {
        Assert.Equal(0, await MigrateAsync());
        await PublishAsTheWorkflowAsync(Guid.NewGuid(), $"worker-{Guid.NewGuid():N}");

        // Mapping the health checks before the step builds the bus, as a Program.cs in the wrong order would.
        var app = ServiceHost.Build(configuration, b => b.AddNotifications(), a => a.MapNotificationsApi());
        try
        {
            Assert.True(await MigrateCommand.TryRunAsync(app, ["migrate"]));
            Assert.Equal(1, Environment.ExitCode);
        }
        finally
        {
            Environment.ExitCode = 0;
        }

        Assert.Single(await virtualHost.PeekAsync(ReminderQueue));
    }

    public async Task DisposeAsync()
    {
        await sidecar.DisposeAsync();
        await virtualHost.DisposeAsync();
        await database.DisposeAsync();
    }

    private Task<int> MigrateAsync() => MigrateStep.RunAsync(configuration, b => b.AddNotifications());

    /// <summary>Publishes as the workflow service's own broker user, whose publishes declare the reminder's exchange and nothing more.</summary>
    private async Task PublishAsTheWorkflowAsync(Guid course, string worker)
    {
        await using var workflow = await ReminderPublisher.StartAsync(await virtualHost.ServiceAddressAsync("workflows"));
        await workflow.PublishAsync(
            new PhaseChangeDue { CourseId = course, TenantId = TestTokens.TenantA, WorkerId = worker, NextPhase = 2, ChangeDate = new DateOnly(2027, 3, 1) },
            TestTokens.TenantA);
    }
}
