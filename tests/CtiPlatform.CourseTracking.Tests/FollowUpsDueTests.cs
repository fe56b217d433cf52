using System.Net.Http.Json;
using CtiPlatform.CourseTracking.Api;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.Domain;
using CtiPlatform.Testing;

namespace CtiPlatform.CourseTracking.Tests;

/// <summary>
/// The follow-up a year after closure on the due list (decisions 511, 515, 518): due in its week, overdue after, gone
/// once answered — and listed to the worker who worked the course also after her access to its record ended. The test
/// moves the clock a year on, so the class has a fixture of its own.
/// </summary>
public sealed class FollowUpsDueTests(CourseTrackingFixture fixture) : IClassFixture<CourseTrackingFixture>
{
    private const string Due = TrackedCoursesApi.Prefix + "/due";

    private readonly ClosedCourses courses = new(fixture);

    [Fact]
    public async Task The_follow_up_is_due_in_its_week_overdue_after_and_listed_to_her_worker_after_her_access_ended_until_answered()
    {
        var closedOn = fixture.Today;
        var id = await courses.ClosedAsync("worker-follow-up-due", closedOn);
        var dueOn = closedOn.AddYears(1);
        var worker = fixture.Worker("worker-follow-up-due");
        var lead = fixture.TeamLead();

        // The week before: not yet listed. Her access to the record ended 30 days after closure.
        fixture.Clock.SetUtcNow(CopenhagenCalendar.StartOf(dueOn.AddDays(-7)).AddHours(9));
        var weekBefore = await ReadAsync(worker);
        fixture.Clock.SetUtcNow(CopenhagenCalendar.StartOf(dueOn).AddHours(9));
        var onTheDay = await ReadAsync(worker);
        var leadsDay = await ReadAsync(lead);
        var askedForAnother = await ReadAsync(worker, "?workerId=worker-someone-else");
        var stranger = await ReadAsync(fixture.Worker("worker-follow-up-stranger"));
        var record = await worker.GetAsync(Meetings.Path(id));
        fixture.Clock.SetUtcNow(CopenhagenCalendar.StartOf(dueOn.AddDays(8)).AddHours(9));
        var later = await ReadAsync(worker);
        await Eventually.Until(() => ClosedCourses.DueAsync(worker), list => list.Any(f => f.CourseId == id), TimeSpan.FromSeconds(30), "the follow-up raised");
        (await ClosedCourses.AnswerAsync(worker, id, stillInOwnHome: true)).EnsureSuccessStatusCode();
        var answered = await ReadAsync(worker);

        Assert.DoesNotContain(weekBefore.ThisWeek.Concat(weekBefore.Overdue), i => i.CourseId == id);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, record.StatusCode);
        var item = Assert.Single(onTheDay.ThisWeek, i => i.CourseId == id);
        Assert.Equal((DueKind.FollowUp, dueOn, id.ToString(), "Opfølgning et år efter afslutningen"), (item.Kind, item.DueOn, item.Reference, item.KindLabel));
        Assert.Contains(leadsDay.ThisWeek, i => i.CourseId == id && i.Kind == DueKind.FollowUp);
        Assert.DoesNotContain(askedForAnother.ThisWeek.Concat(askedForAnother.Overdue), i => i.CourseId == id);
        Assert.DoesNotContain(stranger.ThisWeek.Concat(stranger.Overdue), i => i.CourseId == id);
        // Overdue after its week, and nothing else of a record she no longer sees (the closure's checklist, phase 3's documentation).
        Assert.Equal([(DueKind.FollowUp, dueOn)], later.Overdue.Where(i => i.CourseId == id).Select(i => (i.Kind, i.DueOn)));
        Assert.DoesNotContain(later.ThisWeek, i => i.CourseId == id);
        Assert.DoesNotContain(answered.ThisWeek.Concat(answered.Overdue), i => i.CourseId == id);
    }

    private static async Task<DueView> ReadAsync(HttpClient client, string query = "") =>
        (await client.GetFromJsonAsync<DueView>(Due + query, TestJson.Options))!;
}
