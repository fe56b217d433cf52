using CtiPlatform.Contracts.Courses;
using CtiPlatform.Contracts.Meetings;
using CtiPlatform.Testing;

namespace CtiPlatform.Notifications.Tests;

/// <summary>
/// Issue #16 item 2b: when the SMS the day before a meeting is planned (decision 708) — in Danish local time across a DST
/// weekend, inside her safe hours also when they cross midnight — and that a moved meeting has its old SMS cancelled and
/// exactly one new, a cancelled meeting and a closed course none, however course tracking's events arrive (decision 714).
/// The clock stands still at 1 March 2027, 13:00.
/// </summary>
public sealed class SmsPlanningTests(SmsFixture fixture) : IClassFixture<SmsFixture>
{
    [Fact]
    public async Task Over_the_spring_and_autumn_DST_weekends_the_SMS_goes_at_the_meetings_Danish_time_on_the_day_before()
    {
        using var her = await HerCourse.StartAsync(fixture, "08:00", "20:00");

        // Sunday 28 March 2027 the clocks go forward: 10:00 on Saturday is 23 hours before 10:00 on Sunday.
        await her.PlanMeetingAsync(HerCourse.Danish(new DateOnly(2027, 3, 28), 10, 0));
        await her.PlanMeetingAsync(HerCourse.Danish(new DateOnly(2027, 3, 29), 10, 0));

        // Sunday 31 October 2027 they go back: 10:00 on Saturday is 25 hours before 10:00 on Sunday.
        await her.PlanMeetingAsync(HerCourse.Danish(new DateOnly(2027, 10, 31), 10, 0));

        var sms = await her.SmsAsync();
        Assert.Equal(
            [
                new DateTimeOffset(2027, 3, 27, 9, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2027, 3, 28, 8, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2027, 10, 30, 8, 0, 0, TimeSpan.Zero),
            ],
            sms.Select(s => s.DueAt.ToUniversalTime()));
        Assert.All(sms, s => Assert.Equal(("Scheduled", "Planlagt", SmsFixture.TenantASmsBinding), (s.State, s.StateLabel, s.Binding)));
        Assert.Equal("SMS sendes 27-03-2027 10:00", sms[0].Summary);
    }

    [Fact]
    public async Task A_safe_window_across_midnight_moves_a_daytime_SMS_to_the_evening_before_and_keeps_an_early_one_in_the_morning()
    {
        using var her = await HerCourse.StartAsync(fixture, "21:00", "07:00");

        // 10:00 the day before is outside 21:00–07:00: it waits for 21:00 that evening.
        await her.PlanMeetingAsync(HerCourse.Danish(new DateOnly(2027, 5, 5), 10, 0));

        // 06:30 the day before is inside the window's morning part.
        await her.PlanMeetingAsync(HerCourse.Danish(new DateOnly(2027, 5, 7), 6, 30));

        // 23:30 the day before is inside the window's evening part.
        await her.PlanMeetingAsync(HerCourse.Danish(new DateOnly(2027, 5, 9), 23, 30));

        Assert.Equal(
            [HerCourse.Danish(new DateOnly(2027, 5, 4), 21, 0), HerCourse.Danish(new DateOnly(2027, 5, 6), 6, 30), HerCourse.Danish(new DateOnly(2027, 5, 8), 23, 30)],
            (await her.SmsAsync()).Select(s => s.DueAt));
    }

    [Fact]
    public async Task When_her_next_window_opens_only_on_the_meeting_day_the_SMS_goes_at_the_start_of_her_window_on_the_day_before()
    {
        using var her = await HerCourse.StartAsync(fixture, "08:00", "12:00");

        await her.PlanMeetingAsync(HerCourse.Danish(new DateOnly(2027, 4, 10), 15, 0));

        Assert.Equal(HerCourse.Danish(new DateOnly(2027, 4, 9), 8, 0), Assert.Single(await her.SmsAsync()).DueAt);
    }

    [Fact]
    public async Task A_meeting_planned_too_late_for_any_safe_time_on_the_day_before_gets_no_SMS_and_her_worker_sees_why()
    {
        using var her = await HerCourse.StartAsync(fixture, "08:00", "12:00");

        // It is 13:00 on 1 March: her window today has closed, and tomorrow's opens on the meeting day.
        await her.PlanMeetingAsync(HerCourse.Danish(new DateOnly(2027, 3, 2), 9, 0));

        var sms = Assert.Single(await her.SmsAsync());
        Assert.Equal(("Cancelled", "no-safe-time", "Ingen sikker tid dagen før mødet"), (sms.State, sms.Reason, sms.ReasonLabel));
        Assert.Equal(0L, await her.ScalarAsync("select count(*) from deliveries where course_id = @id and protected_message is not null"));
    }

    [Fact]
    public async Task A_moved_meeting_cancels_the_old_SMS_and_plans_exactly_one_new_and_a_cancelled_meeting_leaves_none()
    {
        using var her = await HerCourse.StartAsync(fixture, "08:00", "20:00");
        var first = HerCourse.Danish(new DateOnly(2027, 6, 10), 10, 0);
        var moved = HerCourse.Danish(new DateOnly(2027, 6, 15), 14, 0);
        var meetingId = await her.PlanMeetingAsync(first);

        await her.MoveMeetingAsync(meetingId, first, moved);
        var sms = await her.SmsUntilAsync(s => s.Count == 2, "the moved meeting's SMS planned anew");
        Assert.Equal(("Cancelled", "meeting-moved"), (sms[0].State, sms[0].Reason));
        Assert.Equal(("Scheduled", HerCourse.Danish(new DateOnly(2027, 6, 14), 14, 0)), (sms[1].State, sms[1].DueAt));
        Assert.All(sms, s => Assert.Equal(meetingId, s.MeetingId));

        await her.CancelMeetingAsync(meetingId, moved);
        sms = await her.SmsUntilAsync(s => s.All(x => x.State == "Cancelled"), "the cancelled meeting's SMS cancelled");
        Assert.Equal(["meeting-moved", "meeting-cancelled"], sms.Select(s => s.Reason));
        Assert.Equal(0L, await her.ScalarAsync("select count(*) from outbox_messages o join deliveries d on o.scheduling_token_id = d.id where d.course_id = @id"));
    }

    [Fact]
    public async Task A_closed_course_has_its_pending_SMS_cancelled()
    {
        using var her = await HerCourse.StartAsync(fixture, "08:00", "20:00");
        await her.PlanMeetingAsync(HerCourse.Danish(new DateOnly(2027, 7, 1), 10, 0));
        await her.PlanMeetingAsync(HerCourse.Danish(new DateOnly(2027, 7, 8), 10, 0));

        await her.PublishAsync(new CourseClosed
        {
            CourseId = her.CourseId, TenantId = her.Tenant, WorkerId = her.WorkerId, ClosedOn = new DateOnly(2027, 3, 1), Reason = CourseClosureReason.Completed,
            Completed = true, WorkerAccessEndsOn = new DateOnly(2027, 4, 1),
        });

        var sms = await her.SmsUntilAsync(s => s.All(x => x.State == "Cancelled"), "her SMS cancelled with the course");
        Assert.Equal(["course-closed", "course-closed"], sms.Select(s => s.Reason));
    }

    [Fact]
    public async Task Moves_that_arrive_before_the_planning_and_out_of_order_and_a_planning_delivered_twice_leave_one_SMS_for_the_latest_time()
    {
        using var her = await HerCourse.StartAsync(fixture, "08:00", "20:00");
        var meetingId = Guid.NewGuid();
        var planned = HerCourse.Danish(new DateOnly(2027, 4, 6), 10, 0);
        var firstMove = HerCourse.Danish(new DateOnly(2027, 4, 8), 10, 0);
        var secondMove = HerCourse.Danish(new DateOnly(2027, 4, 10), 10, 0);

        await InTurnAsync(her, () => her.MoveMeetingAsync(meetingId, firstMove, secondMove, moves: 2));
        await InTurnAsync(her, () => her.MoveMeetingAsync(meetingId, planned, firstMove, moves: 1));
        await InTurnAsync(her, () => Planned(her, meetingId, planned));
        await InTurnAsync(her, () => Planned(her, meetingId, planned));

        var sms = Assert.Single(await her.SmsAsync());
        Assert.Equal((meetingId, "Scheduled", HerCourse.Danish(new DateOnly(2027, 4, 9), 10, 0)), (sms.MeetingId, sms.State, sms.DueAt));
    }

    [Fact]
    public async Task A_cancellation_that_arrives_before_the_move_and_the_planning_leaves_no_SMS()
    {
        using var her = await HerCourse.StartAsync(fixture, "08:00", "20:00");
        var meetingId = Guid.NewGuid();
        var planned = HerCourse.Danish(new DateOnly(2027, 4, 13), 10, 0);
        var moved = HerCourse.Danish(new DateOnly(2027, 4, 15), 10, 0);

        await InTurnAsync(her, () => her.CancelMeetingAsync(meetingId, moved));
        await InTurnAsync(her, () => her.MoveMeetingAsync(meetingId, planned, moved));
        await InTurnAsync(her, () => Planned(her, meetingId, planned));

        Assert.Empty(await her.SmsAsync());
    }

    /// <summary>Publishes one meeting event and waits until the service has handled it, so the next one arrives after it.</summary>
    private static async Task InTurnAsync(HerCourse her, Func<Task> publish)
    {
        var handled = await her.MeetingEventsHandledAsync();
        await publish();
        await Eventually.Until(her.MeetingEventsHandledAsync, n => n > handled, TimeSpan.FromSeconds(30), "the meeting event handled");
    }

    private static Task Planned(HerCourse her, Guid meetingId, DateTimeOffset startsAt) =>
        her.PublishAsync(new MeetingPlanned { MeetingId = meetingId, CourseId = her.CourseId, TenantId = her.Tenant, WorkerId = her.WorkerId, StartsAt = startsAt });
}