using System.Net;
using System.Net.Http.Json;
using CtiPlatform.Contracts.Reminders;
using CtiPlatform.Notifications.Api;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;

namespace CtiPlatform.Notifications.Tests;

/// <summary>
/// Issue #16 "kill -9 mid-batch": the service as its own process, killed with SIGKILL while it hands a batch of
/// workers' e-mails to the sidecar, and started again loses none of them (at least once, decision 702).
/// </summary>
public sealed class KillMidBatchTests : IAsyncLifetime
{
    private const int Workers = 60;

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
    public async Task A_service_killed_with_sigkill_mid_batch_and_started_again_sends_every_workers_email()
    {
        var workers = Enumerable.Range(0, Workers).Select(_ => $"worker-{Guid.NewGuid():N}").ToList();
        var first = await NotificationsProcess.StartAsync(configuration);
        foreach (var worker in workers)
        {
            using var client = first.Client(Roles.CtiWorker, worker);
            using var saved = await client.PutAsJsonAsync("/api/notifications/preferences", new { emailWanted = true, email = Email(worker) });
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        // A slow relay, so the batch is still being handed over when the process dies.
        sidecar.Delay = TimeSpan.FromMilliseconds(300);
        await using (var workflow = await ReminderPublisher.StartAsync(await virtualHost.ServiceAddressAsync("workflows")))
        {
            foreach (var worker in workers)
            {
                await workflow.PublishAsync(
                    new PhaseChangeDue { CourseId = Guid.NewGuid(), TenantId = TestTokens.TenantA, WorkerId = worker, NextPhase = 2, ChangeDate = new DateOnly(2027, 5, 3) },
                    TestTokens.TenantA);
            }
        }

        await Eventually.Until(() => Task.FromResult(sidecar.Received.Count), n => n >= 5, TimeSpan.FromSeconds(60), "the batch under way");
        await first.KillAsync();
        var receivedBeforeKill = sidecar.Received.Count;
        Assert.True(receivedBeforeKill < Workers, $"the batch had already finished ({receivedBeforeKill}) before the kill");

        await using var second = await NotificationsProcess.StartAsync(configuration);
        foreach (var worker in workers)
        {
            using var client = second.Client(Roles.CtiWorker, worker);
            var deliveries = await Eventually.Until(
                async () => (await client.GetFromJsonAsync<Page<DeliveryView>>("/api/notifications/deliveries", TestJson.Options))!.Items,
                d => d.Count == 1 && d[0].State == "Sent", TimeSpan.FromSeconds(60), $"{worker}'s e-mail sent");
            Assert.Equal("Email", deliveries[0].Channel);
            Assert.NotEmpty(sidecar.To(Email(worker)));
        }

        // At least once, never none: an e-mail the sidecar took whose "sent" the killed process never committed goes
        // again (decision 702), so the sidecar may count more requests than workers — each worker got hers.
        Assert.True(sidecar.Received.Count >= Workers, $"{sidecar.Received.Count} requests for {Workers} workers");
        Assert.Equal(Workers, sidecar.Received.Select(r => r.Metadata["emailTo"]).Distinct().Count());
    }

    public async Task DisposeAsync()
    {
        await sidecar.DisposeAsync();
        await virtualHost.DisposeAsync();
        await database.DisposeAsync();
    }

    private static string Email(string worker) => $"{worker}@kommune.example";
}
