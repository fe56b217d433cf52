using System.Net;
using System.Net.Http.Json;
using CtiPlatform.Referrals.Api;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;

namespace CtiPlatform.Referrals.Tests;

/// <summary>Meetings on working days, moved and extra meetings, and decisions only for a meeting that has been held.</summary>
public sealed class CommitteeMeetingTests(ReferralsFixture fixture) : IClassFixture<ReferralsFixture>
{
    private readonly ReferralsClient referrals = new(fixture.Host);

    [Fact]
    public async Task Monthly_meetings_that_fall_on_a_weekend_are_held_the_next_working_day()
    {
        using var committee = referrals.Committee();

        var meetings = await committee.GetFromJsonAsync<DateOnly[]>("/api/referrals/committee/meetings?from=2026-11-01&count=5");

        // The other tests here add and move meetings months later. The 7th: Saturday 7 November, Sunday 7 February and Sunday 7 March move to the Monday after.
        Assert.Equal([new(2026, 11, 9), new(2026, 12, 7), new(2027, 1, 7), new(2027, 2, 8), new(2027, 3, 8)], meetings!);
    }

    [Fact]
    public async Task A_decision_for_a_meeting_not_yet_held_is_refused_and_changes_nothing()
    {
        var id = await referrals.SubmitAsync();
        await referrals.RegisterWorkerAsync("worker-ahead");
        using var committee = referrals.Committee();

        var response = await committee.PostAsJsonAsync($"/api/referrals/{id}/approve",
            new DecisionRequest(ReferralsClient.NextMeeting, ReferralsClient.Participants, null, "worker-ahead", null), TestJson.Options);

        await response.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "meetingDate", "MeetingNotYetHeld");
        Assert.Equal(ReferralStatus.Submitted, (await referrals.GetAsync(id)).Status);
    }

    [Fact]
    public async Task The_committee_can_add_an_extra_meeting_on_a_working_day()
    {
        var extra = FreeWorkingDayAfter(ReferralsClient.NextMeeting.AddDays(250));
        using var committee = referrals.Committee();
        using var committeeB = new ReferralsClient(fixture.Host, TestTokens.TenantB).Committee();

        var added = await committee.PostAsJsonAsync("/api/referrals/committee/meetings", new ExtraMeetingRequest(extra), TestJson.Options);
        var again = await committee.PostAsJsonAsync("/api/referrals/committee/meetings", new ExtraMeetingRequest(extra), TestJson.Options);
        var agenda = await committee.PostAsJsonAsync("/api/referrals/committee/agenda", new AgendaRequest(extra), TestJson.Options);
        var meetings = await committee.GetFromJsonAsync<DateOnly[]>($"/api/referrals/committee/meetings?from={extra:yyyy-MM-dd}&count=1");
        var otherTenant = await committeeB.GetFromJsonAsync<DateOnly[]>($"/api/referrals/committee/meetings?from={extra:yyyy-MM-dd}&count=1");

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(extra, (await added.Content.ReadFromJsonAsync<CommitteeMeetingView>(TestJson.Options))!.MeetingDate);
        await again.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "meetingDate", "AlreadyAMeetingDate");
        agenda.EnsureSuccessStatusCode();
        Assert.Equal([extra], meetings!);
        Assert.NotEqual(extra, Assert.Single(otherTenant!));
    }

    [Fact]
    public async Task A_meeting_moves_to_another_working_day_with_its_agenda()
    {
        using var committee = referrals.Committee();
        var upcoming = await committee.GetFromJsonAsync<DateOnly[]>($"/api/referrals/committee/meetings?from={ReferralsClient.NextMeeting.AddDays(120):yyyy-MM-dd}&count=1");
        var from = Assert.Single(upcoming!);
        var to = FreeWorkingDayAfter(from.AddDays(1));
        var id = await referrals.SubmitAsync();
        (await committee.PostAsJsonAsync("/api/referrals/committee/agenda", new AgendaRequest(from), TestJson.Options)).EnsureSuccessStatusCode();

        var moved = await committee.PostAsJsonAsync("/api/referrals/committee/meetings/move", new MoveMeetingRequest(from, to), TestJson.Options);
        var meetings = await committee.GetFromJsonAsync<DateOnly[]>($"/api/referrals/committee/meetings?from={from:yyyy-MM-dd}&count=1");
        var agenda = await committee.GetFromJsonAsync<ReferralSummary[]>($"/api/referrals/committee/agenda/{to:yyyy-MM-dd}", TestJson.Options);

        moved.EnsureSuccessStatusCode();
        Assert.Equal(from, (await moved.Content.ReadFromJsonAsync<CommitteeMeetingView>(TestJson.Options))!.MovedFrom);
        Assert.Equal([to], meetings!);
        Assert.Contains(agenda!, r => r.Id == id);
    }

    [Fact]
    public async Task Meetings_are_refused_on_weekends_and_holidays_and_a_held_meeting_with_decisions_cannot_move()
    {
        (await referrals.ApproveAsync(await referrals.SubmitAsync(), "worker-held")).EnsureSuccessStatusCode();
        using var committee = referrals.Committee();
        var saturday = NextOn(DayOfWeek.Saturday);
        var christmasEve = new DateOnly(ReferralsClient.NextMeeting.Year, 12, 24);

        var onSaturday = await committee.PostAsJsonAsync("/api/referrals/committee/meetings", new ExtraMeetingRequest(saturday), TestJson.Options);
        var onChristmasEve = await committee.PostAsJsonAsync("/api/referrals/committee/meetings/move",
            new MoveMeetingRequest(ReferralsClient.NextMeeting, christmasEve), TestJson.Options);
        var noMeeting = await committee.PostAsJsonAsync("/api/referrals/committee/meetings/move",
            new MoveMeetingRequest(saturday, FreeWorkingDayAfter(saturday)), TestJson.Options);
        var held = await committee.PostAsJsonAsync("/api/referrals/committee/meetings/move",
            new MoveMeetingRequest(ReferralsClient.HeldMeeting, FreeWorkingDayAfter(ReferralsClient.HeldMeeting.AddDays(1))), TestJson.Options);

        await onSaturday.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "meetingDate", "NotAWorkingDay");
        await onChristmasEve.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "meetingDate", "NotAWorkingDay");
        await noMeeting.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "from", "NoMeetingToMove");
        await held.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "from", "MeetingHasDecisions");
    }

    [Fact]
    public async Task Only_the_committee_moves_or_adds_meetings()
    {
        using var worker = referrals.Worker("worker-not-committee");
        using var lead = referrals.As(Roles.TeamLead);
        var date = FreeWorkingDayAfter(ReferralsClient.NextMeeting.AddDays(30));

        var byWorker = await worker.PostAsJsonAsync("/api/referrals/committee/meetings", new ExtraMeetingRequest(date), TestJson.Options);
        var byLead = await lead.PostAsJsonAsync("/api/referrals/committee/meetings/move", new MoveMeetingRequest(ReferralsClient.NextMeeting, date), TestJson.Options);

        Assert.Equal(HttpStatusCode.Forbidden, byWorker.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byLead.StatusCode);
    }

    /// <summary>A working day on or after <paramref name="date"/> that the fixture's rhythm does not already hold a meeting on.</summary>
    private static DateOnly FreeWorkingDayAfter(DateOnly date)
    {
        var rhythm = new ReferralSettings { FirstCommitteeMeeting = DateOnly.Parse(ReferralsFixture.FirstMeeting, System.Globalization.CultureInfo.InvariantCulture) }.Calendar;
        while (!DanishWorkingDays.IsWorkingDay(date) || rhythm.IsMeetingDate(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private static DateOnly NextOn(DayOfWeek day)
    {
        var date = ReferralsClient.NextMeeting;
        while (date.DayOfWeek != day)
        {
            date = date.AddDays(1);
        }

        return date;
    }
}
