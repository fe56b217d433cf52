using System.Net;
using System.Net.Http.Json;
using CtiPlatform.Contracts.Meetings;
using CtiPlatform.CourseTracking.Api;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.Domain;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;

namespace CtiPlatform.CourseTracking.Tests;

/// <summary>
/// Planned meetings and unplanned contacts: their events through the outbox with ids and time only, their notes
/// encrypted at rest, their rules. The tests only move the class's clock forward.
/// </summary>
public sealed class MeetingTests(CourseTrackingFixture fixture) : IClassFixture<CourseTrackingFixture>
{
    private const string CanaryName = "Kanariefugl Sørensen";
    private const string CanaryCpr = "2903847711";
    private const string CanaryPhone = "+45 61 23 45 67";
    private static readonly string CanaryNotes = $"Talte med {CanaryName}, cpr {CanaryCpr}, tlf. {CanaryPhone} om nøglerne.";

    private readonly Lifecycle lifecycle = new(fixture);

    [Fact]
    public async Task A_moved_meeting_publishes_exactly_one_event_through_the_outbox_and_a_cancelled_one_another_with_ids_and_time_only()
    {
        var id = await lifecycle.InContactPeriodAsync("worker-events");
        var worker = fixture.Worker("worker-events");
        var tomorrow = fixture.Today.AddDays(1);

        var meeting = await worker.PlannedAsync(id, tomorrow, "10:00", notes: CanaryNotes);
        var planned = Assert.Single(await fixture.Bus.WaitForAsync<MeetingPlanned>(meeting.Id));
        (await worker.MoveAsync(id, meeting.Id, tomorrow.AddDays(1), "13:30")).EnsureSuccessStatusCode();
        var moved = Assert.Single(await fixture.Bus.WaitForAsync<MeetingMoved>(meeting.Id));
        (await worker.CancelAsync(id, meeting.Id)).EnsureSuccessStatusCode();
        var cancelled = Assert.Single(await fixture.Bus.WaitForAsync<MeetingCancelled>(meeting.Id));

        // One ordering key per course: the cancellation arrives after every earlier event of the meeting, so none is still on its way.
        Assert.Single(fixture.Bus.Of<MeetingPlanned>(meeting.Id));
        Assert.Single(fixture.Bus.Of<MeetingMoved>(meeting.Id));
        var at10 = new DateTimeOffset(tomorrow.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(1));
        var at1330 = new DateTimeOffset(tomorrow.AddDays(1).ToDateTime(new TimeOnly(13, 30)), TimeSpan.FromHours(1));
        Assert.Equal((id, "worker-events", at10), (planned.CourseId, planned.WorkerId, planned.StartsAt));
        Assert.Equal((at10, at1330, 1), (moved.PreviousStartsAt, moved.StartsAt, moved.Moves));
        Assert.Equal((at1330, "101"), (cancelled.StartsAt, cancelled.TenantId));
        foreach (var message in fixture.Bus.Received.Where(m => m.MeetingId == meeting.Id))
        {
            Assert.DoesNotContain("HomeVisit", message.Body);
            Assert.DoesNotContain("Kanariefugl", message.Body + message.Headers);
        }
    }

    [Fact]
    public async Task Canary_name_cpr_and_phone_in_notes_are_absent_in_clear_from_the_database_log_and_messages_and_read_back_by_the_worker()
    {
        var id = await lifecycle.InContactPeriodAsync("worker-canary");
        var worker = fixture.Worker("worker-canary");
        var meeting = await worker.PlannedAsync(id, fixture.Today.AddDays(3), "09:15", notes: CanaryNotes);
        (await worker.ContactAsync(id, fixture.Today, "08:30", 20, CanaryNotes)).EnsureSuccessStatusCode();
        await fixture.Bus.WaitForAsync<MeetingPlanned>(meeting.Id);

        var meetings = await worker.GetFromJsonAsync<MeetingView[]>($"{Meetings.Path(id)}/meetings", TestJson.Options);
        var contacts = await worker.GetFromJsonAsync<ContactView[]>($"{Meetings.Path(id)}/contacts", TestJson.Options);
        var stored = await fixture.Rows.DumpAsync("meetings", "contacts", "tracked_courses", "outbox_messages", "inbox_messages", "access_log");
        var messages = string.Join('\n', fixture.Bus.Received.Select(m => m.Body + m.Headers));

        Assert.Equal(CanaryNotes, Assert.Single(meetings!).Notes);
        Assert.Equal(CanaryNotes, Assert.Single(contacts!).Notes);
        Assert.Contains("v2:", stored);
        foreach (var canary in new[] { "Kanariefugl", CanaryCpr, "61 23 45 67" })
        {
            Assert.DoesNotContain(canary, stored);
            Assert.DoesNotContain(canary, messages);
            Assert.DoesNotContain(fixture.Logs.Lines, line => line.Contains(canary));
        }
    }

    [Fact]
    public async Task A_meeting_is_held_or_missed_once_it_has_begun_and_only_a_planned_meeting_changes()
    {
        var id = await lifecycle.InContactPeriodAsync("worker-held");
        var worker = fixture.Worker("worker-held");
        var soon = fixture.Clock.GetUtcNow().AddHours(2);
        var local = DanishTime.InDenmark(soon);
        var meeting = await worker.PlannedAsync(id, DateOnly.FromDateTime(local.DateTime), $"{local.Hour:00}:00", minutes: 60);

        var early = await worker.HeldAsync(id, meeting.Id, 45);
        fixture.Clock.Advance(TimeSpan.FromHours(3));
        var held = await worker.HeldAsync(id, meeting.Id, 45, "Gik godt");
        var cancelAfter = await worker.CancelAsync(id, meeting.Id);
        var moveAfter = await worker.MoveAsync(id, meeting.Id, fixture.Today.AddDays(2), "10:00");

        await early.AssertRuleAsync("MeetingNotYetDue");
        held.EnsureSuccessStatusCode();
        var view = (await held.Content.ReadFromJsonAsync<MeetingView>(TestJson.Options))!;
        Assert.Equal((MeetingStatus.Held, "Afholdt", 45, "Gik godt"), (view.Status, view.StatusLabel, view.DurationMinutes, view.Notes));
        await cancelAfter.AssertRuleAsync("MeetingNotPlanned");
        await moveAfter.AssertRuleAsync("MeetingNotPlanned");
        Assert.Empty(fixture.Bus.Of<MeetingCancelled>(meeting.Id));
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_the_field_and_the_rule()
    {
        var id = await lifecycle.InContactPeriodAsync("worker-input");
        var worker = fixture.Worker("worker-input");

        var noKind = await worker.PostAsJsonAsync($"{Meetings.Path(id)}/meetings", new { date = fixture.Today.AddDays(1), time = "10:00", durationMinutes = 60 });
        var past = await worker.PlanAsync(id, fixture.Today, "08:00");
        var skipped = await worker.PlanAsync(id, new DateOnly(2026, 3, 29), "02:30");
        var tooLong = await worker.PlanAsync(id, fixture.Today.AddDays(1), "10:00", minutes: 601);
        var futureContact = await worker.ContactAsync(id, fixture.Today, "23:00", 10);
        var meeting = await worker.PlannedAsync(id, fixture.Today.AddDays(1), "10:00");
        var sameTime = await worker.MoveAsync(id, meeting.Id, fixture.Today.AddDays(1), "10:00");

        await noKind.AssertFieldRuleAsync(HttpStatusCode.BadRequest, "kind", "NotNull");
        await past.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "date", "MeetingInThePast");
        await skipped.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "time", "TimeDoesNotExist");
        await tooLong.AssertFieldRuleAsync(HttpStatusCode.BadRequest, "durationMinutes", "InclusiveBetween");
        await futureContact.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "date", "ContactInTheFuture");
        await sameTime.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "time", "MeetingAlreadyAtThatTime");
        Assert.Empty(fixture.Bus.Of<MeetingMoved>(meeting.Id));
    }

    [Fact]
    public async Task Closing_the_course_cancels_its_planned_meetings_with_an_event_and_refuses_new_ones()
    {
        var id = await lifecycle.InContactPeriodAsync("worker-closed");
        var worker = fixture.Worker("worker-closed");
        var meeting = await worker.PlannedAsync(id, fixture.Today.AddDays(5), "11:00");

        await lifecycle.CloseAsync(id, "worker-closed", fixture.Today, fixture.Today.AddDays(30));
        var cancelled = Assert.Single(await fixture.Bus.WaitForAsync<MeetingCancelled>(meeting.Id));
        var another = await worker.PlanAsync(id, fixture.Today.AddDays(6), "11:00");

        Assert.Equal(id, cancelled.CourseId);
        await another.AssertRuleAsync("CourseClosed");
        var listed = await worker.GetFromJsonAsync<MeetingView[]>($"{Meetings.Path(id)}/meetings", TestJson.Options);
        Assert.Equal(MeetingStatus.Cancelled, Assert.Single(listed!).Status);
    }

    [Fact]
    public async Task Contact_intensity_per_phase_is_shown_against_the_methods_falling_intensity()
    {
        var today = fixture.Today;
        var id = await lifecycle.ApproveAsync("worker-intensity");
        await lifecycle.StartContactPeriodAsync(id, "worker-intensity", today.AddDays(-120));
        await lifecycle.PhaseAsync(id, "worker-intensity", 1, today.AddDays(-100), today.AddDays(-10));
        await lifecycle.PhaseAsync(id, "worker-intensity", 2, today.AddDays(-10), today.AddDays(80));
        var worker = fixture.Worker("worker-intensity");

        // Phase 1: 360 minutes over its 90 days (28 a week); phase 2 so far: 22 minutes over 11 days (14 a week), half of it.
        foreach (var (daysAgo, minutes) in new[] { (-95, 120), (-60, 120), (-20, 120), (-5, 22) })
        {
            (await worker.ContactAsync(id, today.AddDays(daysAgo), "10:00", minutes)).EnsureSuccessStatusCode();
        }

        var intensity = (await worker.GetFromJsonAsync<IntensityView>($"{Meetings.Path(id)}/intensity", TestJson.Options))!;

        Assert.Equal([0, 1, 2], intensity.Periods.Select(p => p.Phase));
        Assert.Equal(("Kontaktskabelsesperiode", 0, 0m), (intensity.Periods[0].Label, intensity.Periods[0].Minutes, intensity.Periods[0].MinutesPerWeek));
        Assert.Equal((3, 360, 28.0m, 1m, 1m), (intensity.Periods[1].Contacts, intensity.Periods[1].Minutes, intensity.Periods[1].MinutesPerWeek, intensity.Periods[1].RelativeToPhase1!.Value, intensity.Periods[1].MethodRelativeToPhase1!.Value));
        Assert.Equal((1, 22, 14.0m, 0.5m, 0.5m), (intensity.Periods[2].Contacts, intensity.Periods[2].Minutes, intensity.Periods[2].MinutesPerWeek, intensity.Periods[2].RelativeToPhase1!.Value, intensity.Periods[2].MethodRelativeToPhase1!.Value));
        Assert.True(intensity.FallsAsTheMethodAsks);
    }

    [Fact]
    public async Task Every_meeting_and_contact_endpoint_answers_not_found_to_another_worker_and_to_another_municipality()
    {
        var id = await lifecycle.InContactPeriodAsync("worker-mine");
        var meeting = await fixture.Worker("worker-mine").PlannedAsync(id, fixture.Today.AddDays(4), "10:00");
        var tomorrow = fixture.Today.AddDays(1);

        foreach (var stranger in new[] { fixture.Worker("worker-stranger"), fixture.TeamLead(TestTokens.TenantB), fixture.Worker("worker-mine", TestTokens.TenantB) })
        {
            var answers = new[]
            {
                await stranger.GetAsync($"{Meetings.Path(id)}/meetings"),
                await stranger.PlanAsync(id, tomorrow, "10:00"),
                await stranger.MoveAsync(id, meeting.Id, tomorrow, "12:00"),
                await stranger.CancelAsync(id, meeting.Id),
                await stranger.HeldAsync(id, meeting.Id),
                await stranger.PostAsJsonAsync($"{Meetings.Path(id)}/meetings/{meeting.Id}/missed", new { }),
                await stranger.GetAsync($"{Meetings.Path(id)}/contacts"),
                await stranger.ContactAsync(id, fixture.Today, "08:00", 10),
                await stranger.GetAsync($"{Meetings.Path(id)}/intensity"),
            };
            Assert.All(answers, a => Assert.Equal(HttpStatusCode.NotFound, a.StatusCode));
        }

        Assert.Empty(fixture.Bus.Of<MeetingMoved>(meeting.Id));
        Assert.Equal(MeetingStatus.Planned, Assert.Single((await fixture.TeamLead().GetFromJsonAsync<MeetingView[]>($"{Meetings.Path(id)}/meetings", TestJson.Options))!).Status);
    }

    [Fact]
    public async Task Reading_meetings_and_contacts_is_access_logged()
    {
        var id = await lifecycle.InContactPeriodAsync("worker-read");

        await fixture.TeamLead().GetAsync($"{Meetings.Path(id)}/meetings");
        await fixture.Worker("worker-read").GetAsync($"{Meetings.Path(id)}/contacts");

        using var admin = fixture.Host.Client(Roles.TenantAdmin);
        var meetings = await admin.GetFromJsonAsync<AccessLogEntryView[]>($"{TrackedCoursesApi.Prefix}/access-log?subjectType=course-meetings&subjectId={id}", TestJson.Options);
        var contacts = await admin.GetFromJsonAsync<AccessLogEntryView[]>($"{TrackedCoursesApi.Prefix}/access-log?subjectType=course-contacts&subjectId={id}", TestJson.Options);
        Assert.Contains(meetings!, e => e is { Action: AccessAction.Read, ActorId: "lead-1", Purpose: AccessPurposes.CaseloadManagement });
        Assert.Contains(contacts!, e => e is { Action: AccessAction.Read, ActorId: "worker-read", Purpose: AccessPurposes.CaseHandling });
    }
}
