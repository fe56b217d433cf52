using System.Net;
using CtiPlatform.Contracts.Courses;
using CtiPlatform.Contracts.Referrals;
using CtiPlatform.Testing;

namespace CtiPlatform.SafetyPlanning.Tests;

/// <summary>The service learns its courses from lifecycle events only: approval, reassignment and closure decide who sees them.</summary>
public sealed class CourseRecordTests(SafetyFixture fixture) : IClassFixture<SafetyFixture>
{
    private readonly SafetyClient safety = new(fixture);

    [Fact]
    public async Task A_redelivered_approval_changes_nothing_and_a_reassignment_moves_the_course_to_the_new_worker()
    {
        var courseId = await safety.ApprovedCourseAsync("medarbejder-gentaget");
        await fixture.Bus.PublishAsync(SafetyClient.Approval(courseId, "medarbejder-anden", TestTokens.TenantA), TestTokens.TenantA);

        await fixture.Bus.PublishAsync(new CourseReassigned
        {
            CourseId = courseId, TenantId = TestTokens.TenantA, PreviousWorkerId = "medarbejder-gentaget", WorkerId = "medarbejder-efterfoelger",
            ReassignedAt = DateTimeOffset.UtcNow,
        }, TestTokens.TenantA);
        await safety.WaitUntilVisibleAsync(courseId, "medarbejder-efterfoelger");

        using var previous = safety.Worker("medarbejder-gentaget");
        using var second = safety.Worker("medarbejder-anden");
        Assert.Equal(HttpStatusCode.NotFound, (await previous.GetAsync($"{SafetyClient.Prefix}/{courseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await second.GetAsync($"{SafetyClient.Prefix}/{courseId}")).StatusCode);
        Assert.Equal(0, await fixture.VirtualHost.MessageCountAsync($"{SafetyPlanningExtensions.CourseEventsQueue}_error"));
    }

    [Fact]
    public async Task A_closed_course_leaves_its_worker_when_her_access_ends_and_stays_with_the_team_lead()
    {
        var courseId = await safety.ApprovedCourseAsync("medarbejder-lukket");

        await fixture.Bus.PublishAsync(new CourseClosed
        {
            CourseId = courseId, TenantId = TestTokens.TenantA, WorkerId = "medarbejder-lukket", ClosedOn = fixture.Today,
            Reason = CourseClosureReason.Completed, Completed = true, WorkerAccessEndsOn = fixture.Today,
        }, TestTokens.TenantA);

        using var worker = safety.Worker("medarbejder-lukket");
        await Eventually.Until(async () => (await worker.GetAsync($"{SafetyClient.Prefix}/{courseId}")).StatusCode,
            status => status == HttpStatusCode.NotFound, TimeSpan.FromSeconds(30), "the closed course gone from its worker");
        using var lead = safety.TeamLead();
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync($"{SafetyClient.Prefix}/{courseId}")).StatusCode);
    }
}
