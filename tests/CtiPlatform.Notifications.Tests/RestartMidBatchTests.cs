using CtiPlatform.Contracts.Reminders;
using CtiPlatform.Testing;

namespace CtiPlatform.Notifications.Tests;

/// <summary>
/// Issue #16 item 3: a host stopped while a batch of e-mails is being handed to the sidecar loses none of them; the
/// next host sends every one that was not recorded sent (at least once to workers, decision 702).
/// </summary>
public sealed class RestartMidBatchTests(NotificationsFixture fixture) : IClassFixture<NotificationsFixture>
{
    private const int Workers = 60;

    [Fact]
    public async Task A_restart_in_the_middle_of_a_batch_loses_no_workers_email()
    {
        var workers = Enumerable.Range(0, Workers).Select(_ => new NotificationsClient(fixture.Host, $"worker-{Guid.NewGuid():N}")).ToList();
        foreach (var worker in workers)
        {
            await worker.WantsEmailAtAsync($"{worker.Subject}@kommune.example");
        }

        fixture.Sidecar.Delay = TimeSpan.FromMilliseconds(300);
        foreach (var worker in workers)
        {
            await fixture.Workflow.PublishAsync(
                new PhaseChangeDue { CourseId = Guid.NewGuid(), TenantId = TestTokens.TenantA, WorkerId = worker.Subject, NextPhase = 3, ChangeDate = new DateOnly(2027, 5, 3) },
                TestTokens.TenantA);
        }

        await Eventually.Until(() => Task.FromResult(fixture.Sidecar.Received.Count), n => n >= 5, TimeSpan.FromSeconds(30), "the batch under way");
        await fixture.StopHostAsync();
        var sentBeforeRestart = fixture.Sidecar.Received.Count;
        Assert.True(sentBeforeRestart < Workers, $"the batch had already finished ({sentBeforeRestart}) before the restart");
        await fixture.StartAgainAsync();

        foreach (var worker in workers)
        {
            using var again = new NotificationsClient(fixture.Host, worker.Subject);
            Assert.Equal("Sent", Assert.Single(await again.SettledDeliveriesAsync(1)).State);
            Assert.NotEmpty(fixture.Sidecar.To($"{worker.Subject}@kommune.example"));
            worker.Dispose();
        }
    }
}
