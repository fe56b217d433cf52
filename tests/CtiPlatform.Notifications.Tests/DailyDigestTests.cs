using System.Net;
using CtiPlatform.Contracts.Reminders;
using CtiPlatform.Testing;

namespace CtiPlatform.Notifications.Tests;

/// <summary>
/// Issue #16 item 1: a worker may take her reminders as one e-mail a day at a Danish local time she chooses
/// (decision 712); her inbox is the same either way, and the digest names titles only.
/// </summary>
public sealed class DailyDigestTests(DigestFixture fixture) : IClassFixture<DigestFixture>
{
    [Fact]
    public async Task Her_reminders_go_as_one_email_at_her_chosen_danish_time_across_the_spring_change_listing_titles_only()
    {
        using var worker = new NotificationsClient(fixture.Host, $"worker-{Guid.NewGuid():N}");
        var email = $"{worker.Subject}@kommune.example";
        using (var saved = await worker.PutPreferenceAsync(new { emailWanted = true, email, digestAt = "07:30" }))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            Assert.Contains("\"digestAt\":\"07:30\"", await saved.Content.ReadAsStringAsync());
        }

        var phaseCourse = Guid.NewGuid();
        var closureCourse = Guid.NewGuid();
        await fixture.Workflow.PublishAsync(
            new PhaseChangeDue { CourseId = phaseCourse, TenantId = TestTokens.TenantA, WorkerId = worker.Subject, NextPhase = 2, ChangeDate = new DateOnly(2027, 4, 5) },
            TestTokens.TenantA);
        await fixture.Workflow.PublishAsync(
            new CourseClosureDue { CourseId = closureCourse, TenantId = TestTokens.TenantA, WorkerId = worker.Subject, CourseEndDate = new DateOnly(2027, 4, 30) },
            TestTokens.TenantA);

        // The inbox is unchanged: an entry per reminder, at once.
        await worker.EntryAboutAsync(phaseCourse);
        await worker.EntryAboutAsync(closureCourse);
        var waiting = Assert.Single(await worker.DeliveriesAsync());
        Assert.Equal(("EmailDigest", "Daglig e-mail", "Scheduled", (Guid?)null), (waiting.Channel, waiting.ChannelLabel, waiting.State, waiting.InboxEntryId));

        // 07:30 on Sunday 28 March is summer time (UTC+2), the clocks having gone forward that night.
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 5, 30, 0, TimeSpan.Zero), waiting.DueAt);
        Assert.Empty(fixture.Sidecar.To(email));

        fixture.Clock.SetUtcNow(waiting.DueAt);
        var sent = Assert.Single(await worker.SettledDeliveriesAsync(1));
        Assert.Equal("Sent", sent.State);
        var digest = Assert.Single(fixture.Sidecar.To(email));
        Assert.Equal(("smtp", "CTI-påmindelser"), (digest.Binding, digest.Metadata["subject"]));
        Assert.Contains("- Faseskift nærmer sig", digest.Data);
        Assert.Contains("- Forløbet slutter snart", digest.Data);
        Assert.DoesNotContain(phaseCourse.ToString(), digest.Data);
        Assert.DoesNotContain(closureCourse.ToString(), digest.Data);
        Assert.DoesNotContain("2027", digest.Data);

        // A reminder after the digest went waits for the next morning's.
        var laterCourse = Guid.NewGuid();
        await fixture.Workflow.PublishAsync(
            new HandOverMeetingsDue { CourseId = laterCourse, TenantId = TestTokens.TenantA, WorkerId = worker.Subject, CourseEndDate = new DateOnly(2027, 7, 1), MeetingsDeadline = new DateOnly(2027, 6, 1) },
            TestTokens.TenantA);
        await worker.EntryAboutAsync(laterCourse);
        var next = Assert.Single(await worker.DeliveriesAsync(), d => d.State == "Scheduled");
        Assert.Equal(new DateTimeOffset(2027, 3, 29, 5, 30, 0, TimeSpan.Zero), next.DueAt);
    }

    [Fact]
    public async Task Choosing_one_email_per_reminder_again_cancels_the_waiting_digest_and_sends_at_once()
    {
        using var worker = new NotificationsClient(fixture.Host, $"worker-{Guid.NewGuid():N}");
        var email = $"{worker.Subject}@kommune.example";
        await worker.PutPreferenceAsync(new { emailWanted = true, email, digestAt = "18:00" });
        var first = Guid.NewGuid();
        await fixture.Workflow.PublishAsync(
            new CourseClosureDue { CourseId = first, TenantId = TestTokens.TenantA, WorkerId = worker.Subject, CourseEndDate = new DateOnly(2027, 4, 30) },
            TestTokens.TenantA);
        await worker.EntryAboutAsync(first);
        Assert.Equal("Scheduled", Assert.Single(await worker.DeliveriesAsync()).State);

        await worker.WantsEmailAtAsync(email);
        var second = Guid.NewGuid();
        await fixture.Workflow.PublishAsync(
            new CourseClosureDue { CourseId = second, TenantId = TestTokens.TenantA, WorkerId = worker.Subject, CourseEndDate = new DateOnly(2027, 5, 30) },
            TestTokens.TenantA);

        var deliveries = await worker.SettledDeliveriesAsync(2);
        Assert.Equal(["Email:Sent", "EmailDigest:Cancelled"], deliveries.Select(d => $"{d.Channel}:{d.State}").Order(StringComparer.Ordinal));
        Assert.Contains(second.ToString(), Assert.Single(fixture.Sidecar.To(email)).Data);
    }

    [Theory]
    [InlineData("7:30")]
    [InlineData("24:00")]
    [InlineData("07:30:00")]
    [InlineData("")]
    public async Task A_digest_time_that_is_not_hh_mm_is_refused_naming_the_field(string digestAt)
    {
        using var worker = new NotificationsClient(fixture.Host, $"worker-{Guid.NewGuid():N}");

        using var response = await worker.PutPreferenceAsync(new { emailWanted = true, email = $"{worker.Subject}@kommune.example", digestAt });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("digestAt", out _), problem.ToString());
        using var read = await worker.GetAsync("/preferences");
        Assert.Contains("\"emailWanted\":false", await read.Content.ReadAsStringAsync());
    }
}
