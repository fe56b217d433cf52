using System.Net;
using CtiPlatform.Contracts.Reminders;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;
using Npgsql;

namespace CtiPlatform.Notifications.Tests;

/// <summary>Issue #16 item 1: the workflow's reminders reach the worker's inbox and, if she wants it, her e-mail.</summary>
public sealed class WorkerRemindersTests(NotificationsFixture fixture) : IClassFixture<NotificationsFixture>
{
    [Fact]
    public async Task A_phase_change_reaches_the_workers_inbox_and_her_email_through_the_smtp_binding_in_danish()
    {
        using var worker = Worker();
        var email = $"{worker.Subject}@kommune.example";
        await worker.WantsEmailAtAsync(email);
        var course = Guid.NewGuid();

        await fixture.Workflow.PublishAsync(
            new PhaseChangeDue { CourseId = course, TenantId = TestTokens.TenantA, WorkerId = worker.Subject, NextPhase = 2, ChangeDate = new DateOnly(2027, 3, 1) },
            TestTokens.TenantA);

        var entry = await worker.EntryAboutAsync(course);
        Assert.Equal(("PhaseChangeDue", "Faseskift nærmer sig", new DateOnly(2027, 3, 1), 2, false), (entry.Kind, entry.Title, entry.Date, entry.Phase, entry.Read));
        Assert.Equal(1, await worker.UnreadAsync());

        var sent = Assert.Single(await worker.SettledDeliveriesAsync(1));
        Assert.Equal(("Sent", "Sendt", "Email", "smtp", 1, entry.Id), (sent.State, sent.StateLabel, sent.Channel, sent.Binding, sent.Attempts, sent.InboxEntryId));
        var request = Assert.Single(fixture.Sidecar.To(email));
        Assert.Equal(("smtp", "create", "CTI-påmindelse: Faseskift nærmer sig"), (request.Binding, request.Operation, request.Metadata["subject"]));
        Assert.Contains("2. CTI-fase begynder 01-03-2027", request.Data);
        Assert.Contains(course.ToString(), request.Data);
        Assert.DoesNotContain(fixture.Logs.Lines, line => line.Contains(email, StringComparison.OrdinalIgnoreCase));

        using var read = await worker.MarkReadAsync(entry.Id);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(0, await worker.UnreadAsync());
        Assert.True(Assert.Single(await worker.InboxAsync()).Read);
    }

    [Fact]
    public async Task A_worker_without_email_gets_the_inbox_entry_only_and_no_other_worker_sees_it()
    {
        using var worker = Worker();
        using var colleague = Worker();
        await colleague.WantsEmailAtAsync($"{colleague.Subject}@kommune.example");
        var course = Guid.NewGuid();

        await fixture.Workflow.PublishAsync(
            new CourseClosureDue { CourseId = course, TenantId = TestTokens.TenantA, WorkerId = worker.Subject, CourseEndDate = new DateOnly(2027, 6, 1) },
            TestTokens.TenantA);

        var entry = await worker.EntryAboutAsync(course);
        Assert.Empty(await worker.DeliveriesAsync());
        Assert.Empty(await colleague.InboxAsync());
        Assert.Empty(await colleague.DeliveriesAsync());
        using var foreignRead = await colleague.MarkReadAsync(entry.Id);
        Assert.Equal(HttpStatusCode.NotFound, foreignRead.StatusCode);
        Assert.Equal(1, await worker.UnreadAsync());
    }

    [Fact]
    public async Task An_exceeded_contact_period_goes_to_every_team_lead_and_not_to_the_worker()
    {
        using var worker = Worker();
        await worker.WantsEmailAtAsync($"{worker.Subject}@kommune.example");
        using var lead = new NotificationsClient(fixture.Host, $"lead-{Guid.NewGuid():N}", Roles.TeamLead);
        using var otherLead = new NotificationsClient(fixture.Host, $"lead-{Guid.NewGuid():N}", Roles.TeamLead);
        var leadEmail = $"{lead.Subject}@kommune.example";
        await lead.WantsEmailAtAsync(leadEmail);
        var course = Guid.NewGuid();

        await fixture.Workflow.PublishAsync(
            new ContactPeriodExceeded
            {
                CourseId = course, TenantId = TestTokens.TenantA, WorkerId = worker.Subject,
                ContactPeriodStartDate = new DateOnly(2027, 1, 4), ExceededOn = new DateOnly(2027, 4, 5),
            },
            TestTokens.TenantA);

        var entry = await lead.EntryAboutAsync(course);
        Assert.Equal("ContactPeriodExceeded", entry.Kind);
        await otherLead.EntryAboutAsync(course);
        Assert.Equal("Sent", Assert.Single(await lead.SettledDeliveriesAsync(1)).State);
        Assert.DoesNotContain(await worker.InboxAsync(), e => e.CourseId == course);
        Assert.Empty(await worker.DeliveriesAsync());

        // One team lead reading it leaves it unread for the other.
        (await lead.MarkReadAsync(entry.Id)).Dispose();
        Assert.True((await lead.InboxAsync()).Single(e => e.CourseId == course).Read);
        Assert.False((await otherLead.InboxAsync()).Single(e => e.CourseId == course).Read);
    }

    [Fact]
    public async Task Each_municipality_sends_through_its_own_binding()
    {
        using var worker = new NotificationsClient(fixture.Host, $"worker-{Guid.NewGuid():N}", tenant: TestTokens.TenantB);
        var email = $"{worker.Subject}@odense.example";
        await worker.WantsEmailAtAsync(email);

        await fixture.Workflow.PublishAsync(
            new HandOverMeetingsDue
            {
                CourseId = Guid.NewGuid(), TenantId = TestTokens.TenantB, WorkerId = worker.Subject,
                CourseEndDate = new DateOnly(2027, 9, 1), MeetingsDeadline = new DateOnly(2027, 8, 1),
            },
            TestTokens.TenantB);

        Assert.Equal(NotificationsFixture.TenantBEmailBinding, Assert.Single(await worker.SettledDeliveriesAsync(1)).Binding);
        Assert.Equal(NotificationsFixture.TenantBEmailBinding, Assert.Single(fixture.Sidecar.To(email)).Binding);
    }

    [Fact]
    public async Task Email_wanted_without_an_address_or_with_a_broken_one_is_refused_naming_field_and_rule_and_changes_nothing()
    {
        using var worker = Worker();

        using var missing = await worker.PutPreferenceAsync(new { emailWanted = true });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Contains("EmailAddressMissing", await missing.Content.ReadAsStringAsync());

        using var header = await worker.PutPreferenceAsync(new { emailWanted = true, email = "a@b.dk\nBcc: x@y.dk" });
        Assert.Equal(HttpStatusCode.BadRequest, header.StatusCode);
        Assert.Contains("email", await header.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        using var read = await worker.GetAsync("/preferences");
        Assert.Contains("\"emailWanted\":false", await read.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Her_email_address_is_kept_encrypted_and_reading_it_is_access_logged()
    {
        using var worker = Worker();
        var email = $"{worker.Subject}@kommune.example";
        await worker.WantsEmailAtAsync(email);

        using var read = await worker.GetAsync("/preferences");
        Assert.Contains(email, await read.Content.ReadAsStringAsync());

        await using var connection = new NpgsqlConnection(fixture.Database.AdminConnectionString);
        await connection.OpenAsync();
        await using var stored = new NpgsqlCommand("select protected_email from worker_preferences where worker_id = @w", connection);
        stored.Parameters.AddWithValue("w", worker.Subject);
        var value = (string)(await stored.ExecuteScalarAsync())!;
        Assert.StartsWith("v2:k1:", value);
        Assert.DoesNotContain(worker.Subject, value);

        await using var logged = new NpgsqlCommand(
            "select count(*) from access_log where subject_type = 'notification-preference' and subject_id = @w and action = 'read'", connection);
        logged.Parameters.AddWithValue("w", worker.Subject);
        Assert.Equal(1L, await logged.ExecuteScalarAsync());
    }

    [Fact]
    public async Task With_a_sidecar_there_is_no_local_sent_messages_view()
    {
        using var admin = fixture.Host.Client(Roles.TenantAdmin);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/notifications/sent-messages")).StatusCode);
    }

    private NotificationsClient Worker() => new(fixture.Host, $"worker-{Guid.NewGuid():N}");
}
