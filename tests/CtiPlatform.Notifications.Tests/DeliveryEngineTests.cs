using CtiPlatform.Contracts.Reminders;
using CtiPlatform.Testing;
using Npgsql;

namespace CtiPlatform.Notifications.Tests;

/// <summary>Issue #16 item 3: each delivery a row with its state; sidecar errors retried with back-off, then failed and shown.</summary>
public sealed class DeliveryEngineTests(NotificationsFixture fixture) : IClassFixture<NotificationsFixture>
{
    [Fact]
    public async Task A_sidecar_that_keeps_answering_500_gets_every_attempt_then_the_delivery_is_failed_for_the_worker_to_see()
    {
        using var worker = Worker();
        var email = $"{worker.Subject}@kommune.example";
        await worker.WantsEmailAtAsync(email);
        fixture.Sidecar.Fail(email, int.MaxValue);

        await RemindAsync(worker.Subject);

        var failed = Assert.Single(await worker.SettledDeliveriesAsync(1));
        Assert.Equal(("Failed", "Kunne ikke sendes", NotificationsFixture.MaxAttempts, "http-500"), (failed.State, failed.StateLabel, failed.Attempts, failed.LastFailure));
        Assert.NotNull(failed.FailedAt);
        Assert.Null(failed.SentAt);
        var attempts = fixture.Sidecar.To(email);
        Assert.Equal(NotificationsFixture.MaxAttempts, attempts.Count);

        // Back-off doubles: 100 ms, then 200 ms.
        Assert.True(attempts[2].ReceivedAt - attempts[1].ReceivedAt >= TimeSpan.FromMilliseconds(200));
        Assert.Null(await StoredMessageAsync(failed.Id));
    }

    [Fact]
    public async Task A_sidecar_error_that_clears_is_retried_after_its_back_off_and_the_delivery_sent_once_with_the_message_no_longer_kept()
    {
        using var worker = Worker();
        var email = $"{worker.Subject}@kommune.example";
        await worker.WantsEmailAtAsync(email);
        fixture.Sidecar.Fail(email, 1);

        await RemindAsync(worker.Subject);

        var sent = Assert.Single(await worker.SettledDeliveriesAsync(1));
        Assert.Equal(("Sent", 2), (sent.State, sent.Attempts));
        var attempts = fixture.Sidecar.To(email);
        Assert.Equal(2, attempts.Count);

        // The retry waited at least the first back-off (100 ms in the fixture) after the failed attempt.
        Assert.True(attempts[1].ReceivedAt - attempts[0].ReceivedAt >= TimeSpan.FromMilliseconds(100), $"{attempts[0].ReceivedAt:O} {attempts[1].ReceivedAt:O}");
        Assert.Null(await StoredMessageAsync(sent.Id));
    }

    [Fact]
    public async Task Turning_email_off_cancels_her_emails_not_yet_sent_and_drops_their_message()
    {
        // Tenant B waits 10 minutes before a second attempt, so the cancellation certainly comes first.
        using var worker = new NotificationsClient(fixture.Host, $"worker-{Guid.NewGuid():N}", tenant: TestTokens.TenantB);
        var email = $"{worker.Subject}@odense.example";
        await worker.WantsEmailAtAsync(email);
        fixture.Sidecar.Fail(email, int.MaxValue);
        await fixture.Workflow.PublishAsync(
            new CourseClosureDue { CourseId = Guid.NewGuid(), TenantId = TestTokens.TenantB, WorkerId = worker.Subject, CourseEndDate = new DateOnly(2027, 6, 1) },
            TestTokens.TenantB);
        // The attempt is recorded once its outcome committed, not when the sidecar saw it.
        await Eventually.Until(async () => (await worker.DeliveriesAsync()).SingleOrDefault()?.Attempts ?? 0, n => n >= 1, TimeSpan.FromSeconds(30), "the first failed attempt");

        using var off = await worker.PutPreferenceAsync(new { emailWanted = false });
        off.EnsureSuccessStatusCode();

        var cancelled = Assert.Single(await worker.DeliveriesAsync());
        Assert.Equal(("Cancelled", "Annulleret", 1), (cancelled.State, cancelled.StateLabel, cancelled.Attempts));
        Assert.Null(await StoredMessageAsync(cancelled.Id));
        Assert.Equal(0, await PendingTimersAsync(cancelled.Id));
        Assert.Single(fixture.Sidecar.To(email));
    }

    [Fact]
    public async Task Turning_email_off_while_an_attempt_is_at_the_sidecar_waits_for_its_outcome_and_then_cancels_it_with_its_next_attempt()
    {
        // Tenant B waits 10 minutes before a second attempt: only the one attempt the test holds at the sidecar happens.
        using var worker = new NotificationsClient(fixture.Host, $"worker-{Guid.NewGuid():N}", tenant: TestTokens.TenantB);
        var email = $"{worker.Subject}@odense.example";
        await worker.WantsEmailAtAsync(email);
        fixture.Sidecar.Fail(email, int.MaxValue);
        fixture.Sidecar.HoldWhile(recipient => recipient == email);
        try
        {
            await fixture.Workflow.PublishAsync(
                new CourseClosureDue { CourseId = Guid.NewGuid(), TenantId = TestTokens.TenantB, WorkerId = worker.Subject, CourseEndDate = new DateOnly(2027, 6, 1) },
                TestTokens.TenantB);
            await Eventually.Until(() => Task.FromResult(fixture.Sidecar.Held.Count), n => n == 1, TimeSpan.FromSeconds(30), "the attempt at the sidecar");

            // Her choice arrives while the attempt, which read the delivery as still to be sent, waits for the sidecar: it
            // waits in turn for the attempt's row lock (decision 702) — or, were there none, it is done at once.
            var off = worker.PutPreferenceAsync(new { emailWanted = false });
            await Eventually.Until(async () => off.IsCompleted || await LockWaitersAsync() > 0, done => done, TimeSpan.FromSeconds(30), "her choice waiting or done");
            fixture.Sidecar.Release();
            using var response = await off;
            response.EnsureSuccessStatusCode();
        }
        finally
        {
            fixture.Sidecar.Release();
        }

        // The attempt's outcome (failed, next attempt in 10 minutes) did not overwrite her choice, nor survived it.
        var cancelled = Assert.Single(await worker.DeliveriesAsync());
        Assert.Equal(("Cancelled", 1, "http-500"), (cancelled.State, cancelled.Attempts, cancelled.LastFailure));
        Assert.Null(await StoredMessageAsync(cancelled.Id));
        Assert.Equal(0, await PendingTimersAsync(cancelled.Id));
        Assert.Single(fixture.Sidecar.To(email));
    }

    private async Task RemindAsync(string workerId) =>
        await fixture.Workflow.PublishAsync(
            new CourseClosureDue { CourseId = Guid.NewGuid(), TenantId = TestTokens.TenantA, WorkerId = workerId, CourseEndDate = new DateOnly(2027, 6, 1) },
            TestTokens.TenantA);

    private async Task<string?> StoredMessageAsync(Guid deliveryId)
    {
        await using var connection = new NpgsqlConnection(fixture.Database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select protected_message from deliveries where id = @id", connection);
        command.Parameters.AddWithValue("id", deliveryId);
        return await command.ExecuteScalarAsync() as string;
    }

    private async Task<long> PendingTimersAsync(Guid deliveryId)
    {
        await using var connection = new NpgsqlConnection(fixture.Database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from outbox_messages where scheduling_token_id = @id", connection);
        command.Parameters.AddWithValue("id", deliveryId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Sessions of this test's database waiting for a row lock.</summary>
    private async Task<long> LockWaitersAsync()
    {
        await using var connection = new NpgsqlConnection(fixture.Database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private NotificationsClient Worker() => new(fixture.Host, $"worker-{Guid.NewGuid():N}");
}
