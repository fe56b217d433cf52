using System.Net.Http.Json;
using CtiPlatform.Contracts.Courses;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;

namespace CtiPlatform.Referrals.Tests;

public sealed class ReferralEventsTests(ReferralsFixture fixture) : IClassFixture<ReferralsFixture>, IAsyncLifetime
{
    private readonly ReferralsClient referrals = new(fixture.Host);
    private EventCapture capture = null!;

    public async Task InitializeAsync() => capture = await EventCapture.StartAsync(fixture.Broker, "referral-events-" + Guid.NewGuid().ToString("N")[..8]);

    public async Task DisposeAsync() => await capture.DisposeAsync();

    [Fact]
    public async Task Every_lifecycle_step_publishes_its_event_with_identifiers_and_dates_only()
    {
        var dob = new DateOnly(1985, 6, 30);
        var cpr = ReferralRequests.CprFor(dob, "9876");
        var request = ReferralRequests.Valid(name: "Birgitte Eventsen", dateOfBirth: dob, cpr: cpr);
        var approved = await referrals.SubmitAsync(request);
        var declined = await referrals.SubmitAsync();
        var withdrawn = await referrals.SubmitAsync();
        (await referrals.ApproveAsync(approved, "worker-events")).EnsureSuccessStatusCode();
        (await referrals.DeclineAsync(declined, "Ikke relevant")).EnsureSuccessStatusCode();
        using (var shelter = referrals.Shelter())
        {
            (await shelter.PostAsync($"/api/referrals/{withdrawn}/withdraw", null)).EnsureSuccessStatusCode();
        }

        var ids = new[] { approved, declined, withdrawn };
        var messages = await Eventually.Until(
            () => Task.FromResult(capture.Received.Where(m => ids.Contains(m.ReferralId)).ToList()),
            m => m.Count >= 6, TimeSpan.FromSeconds(30), "six referral events");

        Assert.Equal(3, messages.Count(m => m.MessageType == "ReferralSubmitted"));
        var approval = Assert.Single(messages, m => m.ReferralId == approved && m.MessageType == "ReferralApproved");
        Assert.Contains("worker-events", approval.Body);

        // The course accepts a move-in from the referral on (docs/decisions/413-late-and-past-dates.md).
        var referredAt = System.Text.Json.JsonDocument.Parse(approval.Body).RootElement.GetProperty("message").GetProperty("referredAt");
        Assert.Equal(System.Text.Json.JsonValueKind.String, referredAt.ValueKind);
        Assert.Contains(messages, m => m.ReferralId == declined && m.MessageType == "ReferralDeclined");
        Assert.Contains(messages, m => m.ReferralId == withdrawn && m.MessageType == "ReferralWithdrawn");
        foreach (var message in messages)
        {
            foreach (var personal in new[] { "Birgitte", "Eventsen", "9876", cpr.Replace("-", ""), "12 34 56 78", "87 65 43 21", "Kontaktperson", "Ikke relevant" })
            {
                Assert.DoesNotContain(personal, message.Body);
                Assert.DoesNotContain(personal, message.Headers);
            }
        }
    }

    [Fact]
    public async Task Course_events_update_the_caseload_weighting_and_the_registration_report()
    {
        var id = await referrals.SubmitAsync();
        (await referrals.ApproveAsync(id, "worker-course-events")).EnsureSuccessStatusCode();
        using var lead = referrals.As(Roles.TeamLead);

        await capture.PublishAsync(new MoveInRegistered { CourseId = id, TenantId = TestTokens.TenantA, MoveInDate = new DateOnly(2026, 12, 1) }, TestTokens.TenantA);
        await capture.PublishAsync(new PhaseStarted
        {
            CourseId = id, TenantId = TestTokens.TenantA, WorkerId = "worker-course-events", Phase = 1,
            StartDate = new DateOnly(2026, 12, 1), PlannedEndDate = new DateOnly(2027, 3, 1),
        }, TestTokens.TenantA);
        var inPhaseOne = await Eventually.Until(
            async () => (await lead.GetFromJsonAsync<Api.WorkerCaseloadView[]>("/api/referrals/caseload", TestJson.Options))!
                .SingleOrDefault(c => c.WorkerId == "worker-course-events"),
            c => c?.PhaseOneCourses == 1, TimeSpan.FromSeconds(30), "phase 1 on the caseload");
        await capture.PublishAsync(new CourseClosed
        {
            CourseId = id, TenantId = TestTokens.TenantA, WorkerId = "worker-course-events", ClosedOn = new DateOnly(2027, 1, 15),
            Reason = CourseClosureReason.ReadmittedToShelter, Completed = false, MoveInDate = new DateOnly(2026, 12, 1),
            EndsTo = CourseEndsTo.CoordinatingCounselling, WorkerAccessEndsOn = new DateOnly(2027, 2, 14),
        }, TestTokens.TenantA);
        var row = await Eventually.Until(
            async () => (await lead.GetFromJsonAsync<Page<Api.RegistrationReportRow>>("/api/referrals/report", TestJson.Options))!.Items.Single(r => r.ReferralId == id),
            r => r.CourseEndedOn is not null, TimeSpan.FromSeconds(30), "course end in the report");
        var caseload = await lead.GetFromJsonAsync<Api.WorkerCaseloadView[]>("/api/referrals/caseload", TestJson.Options);

        Assert.Equal(1.5m, inPhaseOne!.WeightedLoad);
        Assert.Equal(new DateOnly(2026, 12, 1), row.MoveInDate);
        Assert.Equal(new DateOnly(2027, 1, 15), row.CourseEndedOn);
        Assert.Equal(CourseClosureReason.ReadmittedToShelter, row.CourseOutcome);
        Assert.Equal(CourseEndsTo.CoordinatingCounselling, row.CourseEndsTo);
        Assert.DoesNotContain(caseload!, c => c.WorkerId == "worker-course-events");
    }
}
