using System.Net;
using System.Net.Http.Json;
using CtiPlatform.Contracts.Courses;
using CtiPlatform.Contracts.Referrals;
using CtiPlatform.CourseTracking.Api;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;
using static CtiPlatform.CourseTracking.Tests.Lifecycle;

namespace CtiPlatform.CourseTracking.Tests;

/// <summary>The course record: opened and advanced by the lifecycle's events only, and seen by its worker and the team leads.</summary>
public sealed class CourseRecordTests(CourseTrackingFixture fixture) : IClassFixture<CourseTrackingFixture>
{
    private readonly Lifecycle lifecycle = new(fixture);

    [Fact]
    public async Task Lifecycle_events_open_and_advance_the_record_with_its_stage_and_phase_dates()
    {
        var id = await lifecycle.ApproveAsync("worker-record", expectedMoveOut: D(2026, 3, 20));
        await lifecycle.StartContactPeriodAsync(id, "worker-record", D(2026, 3, 2));
        await lifecycle.MoveInAsync(id, "worker-record", D(2026, 3, 31));
        await lifecycle.PhaseAsync(id, "worker-record", 2, D(2026, 6, 30), D(2026, 9, 30));
        await lifecycle.PhaseAsync(id, "worker-record", 3, D(2026, 9, 30), D(2026, 12, 31));
        await fixture.Bus.PublishAsync(new CourseExtended
        {
            CourseId = id, TenantId = TestTokens.TenantA, WorkerId = "worker-record", PreviousPlannedEndDate = D(2026, 12, 31),
            PlannedEndDate = D(2027, 2, 28), Reason = ExtensionReason.OngoingThreat,
        }, TestTokens.TenantA);
        await Eventually.Until(() => ReadAsync(fixture.TeamLead(), id), c => c.PlannedEndDate == D(2027, 2, 28), TimeSpan.FromSeconds(30), "the extension");
        await lifecycle.CloseAsync(id, "worker-record", D(2027, 2, 28), accessEndsOn: D(2027, 3, 30));

        var record = await ReadAsync(fixture.Worker("worker-record"), id);

        Assert.Equal((TrackingStage.Closed, "Afsluttet", "worker-record"), (record.Stage, record.StageLabel, record.WorkerId));
        Assert.Equal((fixture.Today, D(2026, 3, 20), D(2026, 3, 2), D(2026, 3, 31)), (record.ApprovedOn!.Value, record.ExpectedMoveOutDate!.Value, record.ContactPeriodStartDate!.Value, record.MoveInDate!.Value));
        Assert.Equal(
            [new PhaseDatesView(1, D(2026, 3, 31), D(2026, 6, 30)), new PhaseDatesView(2, D(2026, 6, 30), D(2026, 9, 30)), new PhaseDatesView(3, D(2026, 9, 30), D(2027, 2, 28))],
            record.Phases);
        Assert.Equal((D(2027, 2, 28), CourseClosureReason.Completed), (record.ClosedOn!.Value, record.ClosureReason!.Value));
    }

    [Fact]
    public async Task A_redelivered_event_is_taken_once_and_a_late_one_does_not_move_the_record_back()
    {
        var id = await lifecycle.InContactPeriodAsync("worker-late");
        await lifecycle.MoveInAsync(id, "worker-late", D(2026, 3, 2));
        var phase2 = new PhaseStarted { CourseId = id, TenantId = TestTokens.TenantA, WorkerId = "worker-late", Phase = 2, StartDate = D(2026, 6, 2), PlannedEndDate = D(2026, 9, 2) };
        var phase2MessageId = Guid.NewGuid();
        await fixture.Bus.PublishAsync(phase2, TestTokens.TenantA, phase2MessageId);
        await lifecycle.WaitAsync(id, "phase 2", stage => stage == "Phase2");

        var lateMessageId = Guid.NewGuid();
        await fixture.Bus.PublishAsync(phase2, TestTokens.TenantA, phase2MessageId);
        await fixture.Bus.PublishAsync(
            new ContactPeriodStarted { CourseId = id, TenantId = TestTokens.TenantA, WorkerId = "worker-late", StartDate = D(2026, 3, 2) }, TestTokens.TenantA, lateMessageId);
        await Eventually.Until(
            () => fixture.Rows.CountAsync("select count(*) from inbox_messages where message_id = @id", lateMessageId), n => n == 1, TimeSpan.FromSeconds(30), "the late event taken in");

        var record = await ReadAsync(fixture.TeamLead(), id);
        Assert.Equal(TrackingStage.Phase2, record.Stage);
        Assert.Equal(2, record.Phases.Count);
        Assert.Equal(1, await fixture.Rows.CountAsync("select count(*) from inbox_messages where message_id = @id", phase2MessageId));
    }

    [Fact]
    public async Task Only_the_assigned_worker_and_the_municipalitys_team_leads_see_the_record()
    {
        var id = await lifecycle.InContactPeriodAsync("worker-own");

        var own = await fixture.Worker("worker-own").GetAsync($"{CourseTrackingFixture.Courses}/{id}");
        var lead = await fixture.TeamLead().GetAsync($"{CourseTrackingFixture.Courses}/{id}");
        var otherWorker = await fixture.Worker("worker-other").GetAsync($"{CourseTrackingFixture.Courses}/{id}");
        var otherMunicipalityLead = await fixture.TeamLead(TestTokens.TenantB).GetAsync($"{CourseTrackingFixture.Courses}/{id}");
        var sameSubjectOtherMunicipality = await fixture.Worker("worker-own", TestTokens.TenantB).GetAsync($"{CourseTrackingFixture.Courses}/{id}");
        var committee = await fixture.Host.Client(Roles.VisitationCommittee).GetAsync($"{CourseTrackingFixture.Courses}/{id}");
        var othersList = await PagedLists.AllAsync<TrackedCourseSummary>(fixture.Worker("worker-other"), CourseTrackingFixture.Courses, TestJson.Options, limit: PageRequest.MaxLimit);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lead.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherWorker.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherMunicipalityLead.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, sameSubjectOtherMunicipality.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, committee.StatusCode);
        Assert.DoesNotContain(othersList.Items, c => c.Id == id);
    }

    [Fact]
    public async Task A_reassignment_moves_the_record_to_the_new_worker_and_an_older_one_arriving_late_changes_nothing()
    {
        var id = await lifecycle.InContactPeriodAsync("worker-before");
        await fixture.Bus.PublishAsync(new CourseReassigned
        {
            CourseId = id, TenantId = TestTokens.TenantA, PreviousWorkerId = "worker-before", WorkerId = "worker-after", ReassignedAt = fixture.Clock.GetUtcNow(),
        }, TestTokens.TenantA);
        await Eventually.Until(() => ReadAsync(fixture.TeamLead(), id), c => c.WorkerId == "worker-after", TimeSpan.FromSeconds(30), "the reassignment");
        var stale = Guid.NewGuid();
        await fixture.Bus.PublishAsync(new CourseReassigned
        {
            CourseId = id, TenantId = TestTokens.TenantA, PreviousWorkerId = "worker-earlier", WorkerId = "worker-before", ReassignedAt = fixture.Clock.GetUtcNow().AddDays(-1),
        }, TestTokens.TenantA, stale);
        await Eventually.Until(
            () => fixture.Rows.CountAsync("select count(*) from inbox_messages where message_id = @id", stale), n => n == 1, TimeSpan.FromSeconds(30), "the stale hand-over taken in");

        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Worker("worker-before").GetAsync($"{CourseTrackingFixture.Courses}/{id}")).StatusCode);
        Assert.Equal("worker-after", (await ReadAsync(fixture.Worker("worker-after"), id)).WorkerId);
    }

    [Fact]
    public async Task Reading_a_record_is_access_logged_with_reader_and_purpose()
    {
        var id = await lifecycle.InContactPeriodAsync("worker-logged");

        await ReadAsync(fixture.Worker("worker-logged"), id);

        var log = await fixture.Host.Client(Roles.TenantAdmin).GetFromJsonAsync<AccessLogEntryView[]>(
            $"{TrackedCoursesApi.Prefix}/access-log?subjectType=tracked-course&subjectId={id}", TestJson.Options);
        Assert.Contains(log!, e => e is { Action: AccessAction.Read, ActorId: "worker-logged", Purpose: AccessPurposes.CaseHandling });
    }

    internal static async Task<TrackedCourseView> ReadAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"{CourseTrackingFixture.Courses}/{id}");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TrackedCourseView>(TestJson.Options))!;
    }
}
