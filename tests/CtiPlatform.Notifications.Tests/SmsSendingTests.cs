using System.Net;
using System.Text.Json;
using CtiPlatform.Contracts.Safety;
using CtiPlatform.Domain;
using CtiPlatform.Testing;

namespace CtiPlatform.Notifications.Tests;

/// <summary>
/// Issue #16 item 2b: the SMS the day before a meeting handed to the municipality's Twilio binding when it falls due, at
/// most once (decision 703): a stop or a pause checked as it is claimed, a hanging or failing sidecar or a crash between
/// claim and outcome leaving it uncertain and her worker told, never sent twice; and her number nowhere but in
/// <c>toNumber</c>. Each test moves the shared clock on to the day before its own meeting.
/// </summary>
public sealed class SmsSendingTests(SmsFixture fixture) : IClassFixture<SmsFixture>
{
    [Fact]
    public async Task The_SMS_goes_when_due_through_the_municipalitys_binding_with_only_her_number_as_metadata_and_her_worker_sees_it_sent_yesterday()
    {
        using var her = await HerCourse.StartAsync(fixture, "08:00", "22:00");
        var (meetingId, startsAt, due) = await MeetingAfterTomorrowAsync(her, 18, 2);

        fixture.Clock.SetUtcNow(due);
        var sent = Assert.Single(await her.SmsUntilAsync(s => s.Single().State == "Sent", "the SMS sent"));

        var request = Assert.Single(fixture.Sidecar.To(her.Number));
        Assert.Equal((SmsFixture.TenantASmsBinding, "create"), (request.Binding, request.Operation));
        Assert.Equal(["toNumber"], request.Metadata.Keys);
        Assert.Equal($"Vi ses i morgen {Local(startsAt):dd-MM-yyyy} kl. 18:02.", request.Data);
        Assert.Equal(("Sent", "Sendt", meetingId, due), (sent.State, sent.StateLabel, sent.MeetingId, sent.SentAt));
        Assert.Equal(0L, await her.ScalarAsync("select count(*) from deliveries where course_id = @id and protected_message is not null"));

        fixture.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal("SMS sendt i går 18:02", Assert.Single(await her.SmsAsync()).Summary);
    }

    [Fact]
    public async Task Her_number_appears_in_no_log_line_and_in_no_part_of_the_sidecar_request_but_toNumber()
    {
        using var her = await HerCourse.StartAsync(fixture, "08:00", "22:00", language: "en");
        var (_, _, due) = await MeetingAfterTomorrowAsync(her, 11, 15);

        fixture.Clock.SetUtcNow(due);
        await her.SmsUntilAsync(s => s.Single().State == "Sent", "the SMS sent");

        var digits = her.Number[3..];
        var request = Assert.Single(fixture.Sidecar.To(her.Number));
        Assert.StartsWith("See you tomorrow", request.Data);
        Assert.DoesNotContain(digits, request.Data);
        Assert.DoesNotContain(request.Headers, h => h.Value.Contains(digits, StringComparison.Ordinal));
        using var body = JsonDocument.Parse(request.RawBody);
        Assert.Equal(her.Number, body.RootElement.GetProperty("metadata").GetProperty("toNumber").GetString());
        Assert.Equal(1, CountOf(request.RawBody, digits));
        Assert.DoesNotContain(fixture.Logs.Lines, line => line.Contains(digits, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stop_of_all_contact_holds_the_SMS_when_it_falls_due_and_once_lifted_the_meeting_is_reminded_once()
    {
        using var her = await HerCourse.StartAsync(fixture, "08:00", "22:00");
        var (_, _, due) = await MeetingAfterTomorrowAsync(her, 17, 0);

        await her.PublishAsync(new ContactStopped { CourseId = her.CourseId, TenantId = her.Tenant, StoppedAt = fixture.Clock.GetUtcNow() });
        await Eventually.Until(() => her.ScalarAsync("select contact_stopped_at from notification_courses where course_id = @id"), v => v is DateTime, TimeSpan.FromSeconds(30), "the stop recorded");

        fixture.Clock.SetUtcNow(due);
        var held = Assert.Single(await her.SmsUntilAsync(s => s.Single().State == "Cancelled", "the SMS held back"));
        Assert.Equal(("contact-stopped", "Al kontakt er stoppet"), (held.Reason, held.ReasonLabel));
        Assert.Empty(fixture.Sidecar.To(her.Number));

        await her.PublishAsync(new ContactStopLifted { CourseId = her.CourseId, TenantId = her.Tenant, LiftedAt = fixture.Clock.GetUtcNow() });
        var sms = await her.SmsUntilAsync(s => s.Count == 2 && s[1].State == "Sent", "the SMS sent after the stop was lifted");
        Assert.Equal("contact-stopped", sms[0].Reason);
        Assert.Single(fixture.Sidecar.To(her.Number));
    }

    [Fact]
    public async Task A_raised_risk_pauses_her_SMS_until_her_worker_records_her_profile_again_with_her()
    {
        using var her = await HerCourse.StartAsync(fixture, "08:00", "22:00");
        var (_, _, due) = await MeetingAfterTomorrowAsync(her, 16, 0);

        await her.PublishAsync(new RiskLevelRaised { CourseId = her.CourseId, TenantId = her.Tenant, Level = RiskLevel.High, RaisedAt = fixture.Clock.GetUtcNow() });
        await Eventually.Until(her.ProfileAsync, p => p.SmsPausedSince is not null, TimeSpan.FromSeconds(30), "her SMS paused");

        fixture.Clock.SetUtcNow(due);
        var paused = Assert.Single(await her.SmsUntilAsync(s => s.Single().State == "Cancelled", "the SMS held back"));
        Assert.Equal("paused", paused.Reason);
        Assert.Empty(fixture.Sidecar.To(her.Number));

        using var saved = await her.SaveProfileAsync("08:00", "22:00");
        saved.EnsureSuccessStatusCode();
        Assert.Null((await her.ProfileAsync()).SmsPausedSince);
        await her.SmsUntilAsync(s => s.Count == 2 && s[1].State == "Sent", "the SMS sent once the pause ended");
        Assert.Single(fixture.Sidecar.To(her.Number));
    }

    [Fact]
    public async Task A_municipality_that_does_not_pause_on_raised_risk_still_reminds_her_through_its_own_binding()
    {
        using var her = await HerCourse.StartAsync(fixture, "08:00", "22:00", TestTokens.TenantB);
        var (_, _, due) = await MeetingAfterTomorrowAsync(her, 15, 0);
        var handled = await SafetyMessagesHandledAsync(her);

        await her.PublishAsync(new RiskLevelRaised { CourseId = her.CourseId, TenantId = her.Tenant, Level = RiskLevel.High, RaisedAt = fixture.Clock.GetUtcNow() });
        await Eventually.Until(() => SafetyMessagesHandledAsync(her), n => n > handled, TimeSpan.FromSeconds(30), "the raised risk handled");
        Assert.Null((await her.ProfileAsync()).SmsPausedSince);

        fixture.Clock.SetUtcNow(due);
        await her.SmsUntilAsync(s => s.Single().State == "Sent", "the SMS sent");
        Assert.Equal(SmsFixture.TenantBSmsBinding, Assert.Single(fixture.Sidecar.To(her.Number)).Binding);
    }

    [Fact]
    public async Task A_sidecar_that_hangs_past_the_timeout_leaves_the_SMS_uncertain_never_sent_again_and_her_worker_told()
    {
        using var her = await HerCourse.StartAsync(fixture, "08:00", "22:00");
        var (_, _, due) = await MeetingAfterTomorrowAsync(her, 14, 0);
        fixture.Sidecar.Hang(her.Number, TimeSpan.FromSeconds(3));

        fixture.Clock.SetUtcNow(due);
        var uncertain = Assert.Single(await her.SmsUntilAsync(s => s.Single().State == "Uncertain", "the SMS uncertain"));
        Assert.Equal(("Måske ikke modtaget", "timeout"), (uncertain.StateLabel, uncertain.LastFailure));
        await AssertWorkerToldAsync(her);

        // Later timers (none should exist) would have run by now: still the one request.
        fixture.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(0L, await her.ScalarAsync("select count(*) from outbox_messages o join deliveries d on o.scheduling_token_id = d.id where d.course_id = @id"));
        Assert.Single(fixture.Sidecar.To(her.Number));
        Assert.Equal(0L, await her.ScalarAsync("select count(*) from deliveries where course_id = @id and protected_message is not null"));
    }

    /// <summary>Dapr answers 500 for any failure of an invoked binding, also when Twilio took the message (decision 713).</summary>
    [Fact]
    public async Task A_sidecar_error_leaves_the_SMS_uncertain_rather_than_trying_again()
    {
        using var her = await HerCourse.StartAsync(fixture, "08:00", "22:00");
        var (_, _, due) = await MeetingAfterTomorrowAsync(her, 13, 0);
        fixture.Sidecar.Fail(her.Number, int.MaxValue);

        fixture.Clock.SetUtcNow(due);
        var uncertain = Assert.Single(await her.SmsUntilAsync(s => s.Single().State == "Uncertain", "the SMS uncertain"));
        Assert.Equal("http-500", uncertain.LastFailure);
        await AssertWorkerToldAsync(her);
        Assert.Single(fixture.Sidecar.To(her.Number));
    }

    [Fact]
    public async Task A_sidecar_that_is_not_running_leaves_the_SMS_due_and_tried_again_and_once_it_runs_the_SMS_goes_once()
    {
        using var her = await HerCourse.StartAsync(fixture, "08:00", "22:00");
        var (_, _, due) = await MeetingAfterTomorrowAsync(her, 11, 0);
        await fixture.Sidecar.StopAsync();
        try
        {
            fixture.Clock.SetUtcNow(due);
            var waiting = Assert.Single(await her.SmsUntilAsync(s => s.Single().LastFailure == "unreachable", "the first attempt refused a connection"));
            Assert.Equal("Due", waiting.State);
        }
        finally
        {
            await fixture.Sidecar.StartAgainAsync();
        }

        // The next attempt is the first back-off (100 ms in the fixture) later.
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var sent = Assert.Single(await her.SmsUntilAsync(s => s.Single().State == "Sent", "the SMS sent on the next attempt"));
        Assert.Null(sent.LastFailure);
        Assert.Single(fixture.Sidecar.To(her.Number));
        Assert.Equal(0L, await her.ScalarAsync("select count(*) from inbox_entries where course_id = @id"));
    }

    [Fact]
    public async Task A_sidecar_that_refuses_the_request_itself_with_a_4xx_invoked_no_binding_so_the_SMS_is_tried_again()
    {
        using var her = await HerCourse.StartAsync(fixture, "08:00", "22:00");
        var (_, _, due) = await MeetingAfterTomorrowAsync(her, 10, 0);
        fixture.Sidecar.Fail(her.Number, 1, HttpStatusCode.Unauthorized);

        fixture.Clock.SetUtcNow(due);
        var waiting = Assert.Single(await her.SmsUntilAsync(s => s.Single().LastFailure == "http-401", "the first attempt refused"));
        Assert.Equal("Due", waiting.State);

        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        await her.SmsUntilAsync(s => s.Single().State == "Sent", "the SMS sent on the next attempt");
        Assert.Equal(2, fixture.Sidecar.To(her.Number).Count);
    }

    [Fact]
    public async Task An_SMS_refused_on_every_attempt_ends_failed_and_her_worker_is_told_to_remind_her_another_way()
    {
        using var her = await HerCourse.StartAsync(fixture, "08:00", "22:00");
        var (_, _, due) = await MeetingAfterTomorrowAsync(her, 13, 0);
        fixture.Sidecar.Fail(her.Number, 100, HttpStatusCode.Unauthorized);

        fixture.Clock.SetUtcNow(due);
        // Each retry waits its back-off on the manual clock, moved on a minute a look until the attempts are spent.
        var failed = Assert.Single(await Eventually.Until(
            async () =>
            {
                fixture.Clock.Advance(TimeSpan.FromMinutes(1));
                return await her.SmsAsync();
            },
            s => s.Single().State == "Failed", TimeSpan.FromSeconds(60), "the SMS failed after every attempt"));

        Assert.Equal("http-401", failed.LastFailure);
        using var worker = new NotificationsClient(fixture.Host, her.WorkerId, tenant: her.Tenant);
        var entry = await worker.EntryAboutAsync(her.CourseId);
        Assert.Equal(("SmsFailed", "En SMS til hende kunne ikke sendes"), (entry.Kind, entry.Title));
    }

    [Fact]
    public async Task An_SMS_found_claimed_without_an_outcome_after_a_crash_is_uncertain_and_not_sent()
    {
        using var her = await HerCourse.StartAsync(fixture, "08:00", "22:00");
        var (_, _, due) = await MeetingAfterTomorrowAsync(her, 12, 0);

        // What a host leaves behind when it dies after the claim committed and before the outcome did: the row Sending
        // and its timer not acknowledged, so the timer arrives again.
        await her.ScalarAsync("update deliveries set state = 5, attempts = 1 where course_id = @id");

        fixture.Clock.SetUtcNow(due);
        var uncertain = Assert.Single(await her.SmsUntilAsync(s => s.Single().State == "Uncertain", "the SMS uncertain"));
        Assert.Equal("no-outcome", uncertain.LastFailure);
        await AssertWorkerToldAsync(her);
        Assert.Empty(fixture.Sidecar.To(her.Number));
    }

    /// <summary>A meeting the day after tomorrow at hh:mm, and the instant its SMS falls due (the same time tomorrow).</summary>
    private async Task<(Guid MeetingId, DateTimeOffset StartsAt, DateTimeOffset Due)> MeetingAfterTomorrowAsync(HerCourse her, int hour, int minute)
    {
        var today = CopenhagenCalendar.DateAt(fixture.Clock.GetUtcNow());
        var startsAt = HerCourse.Danish(today.AddDays(2), hour, minute);
        var meetingId = await her.PlanMeetingAsync(startsAt);
        var due = HerCourse.Danish(today.AddDays(1), hour, minute).ToUniversalTime();
        Assert.Equal(due, Assert.Single(await her.SmsAsync(), s => s.MeetingId == meetingId).DueAt);
        return (meetingId, startsAt, due);
    }

    private async Task AssertWorkerToldAsync(HerCourse her)
    {
        using var worker = new NotificationsClient(fixture.Host, her.WorkerId, tenant: her.Tenant);
        var entry = await worker.EntryAboutAsync(her.CourseId);
        Assert.Equal(("SmsOutcomeUncertain", "En SMS til hende er måske ikke nået frem"), (entry.Kind, entry.Title));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen"));

    private static async Task<long> SafetyMessagesHandledAsync(HerCourse her) =>
        (long)(await her.ScalarAsync("select count(*) from inbox_messages where consumer = 'notification-safety'"))!;
}
