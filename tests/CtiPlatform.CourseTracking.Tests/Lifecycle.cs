using CtiPlatform.Contracts.Courses;
using CtiPlatform.Contracts.Referrals;
using CtiPlatform.Domain;
using CtiPlatform.Testing;

namespace CtiPlatform.CourseTracking.Tests;

/// <summary>What the referrals and workflows services publish about a course, as a test arranges it.</summary>
public sealed class Lifecycle(CourseTrackingFixture fixture, string tenant = TestTokens.TenantA)
{
    public async Task<Guid> ApproveAsync(string workerId, DateOnly? expectedMoveOut = null)
    {
        var id = Guid.NewGuid();
        await fixture.Bus.PublishAsync(new ReferralApproved
        {
            ReferralId = id, TenantId = tenant, WorkerId = workerId, ExpectedMoveOutDate = expectedMoveOut ?? fixture.Today.AddDays(20),
            ApprovedAt = fixture.Clock.GetUtcNow(),
        }, tenant);
        await WaitAsync(id, "approved", _ => true);
        return id;
    }

    public async Task StartContactPeriodAsync(Guid id, string workerId, DateOnly start)
    {
        await fixture.Bus.PublishAsync(new ContactPeriodStarted { CourseId = id, TenantId = tenant, WorkerId = workerId, StartDate = start }, tenant);
        await WaitAsync(id, "contact period", stage => stage is "ContactPeriod" or "Phase1" or "Phase2" or "Phase3" or "Closed");
    }

    public async Task MoveInAsync(Guid id, string workerId, DateOnly moveIn)
    {
        await fixture.Bus.PublishAsync(new MoveInRegistered { CourseId = id, TenantId = tenant, WorkerId = workerId, MoveInDate = moveIn }, tenant);
        await PhaseAsync(id, workerId, 1, moveIn, moveIn.AddMonths(3));
    }

    public async Task PhaseAsync(Guid id, string workerId, int phase, DateOnly start, DateOnly plannedEnd)
    {
        await fixture.Bus.PublishAsync(new PhaseStarted { CourseId = id, TenantId = tenant, WorkerId = workerId, Phase = phase, StartDate = start, PlannedEndDate = plannedEnd }, tenant);
        await WaitAsync(id, $"phase {phase}", stage => stage == $"Phase{phase}" || stage == "Closed");
    }

    /// <summary>A course approved now, in its contact period since today.</summary>
    public async Task<Guid> InContactPeriodAsync(string workerId)
    {
        var id = await ApproveAsync(workerId);
        await StartContactPeriodAsync(id, workerId, fixture.Today);
        return id;
    }

    public async Task CloseAsync(Guid id, string workerId, DateOnly closedOn, DateOnly accessEndsOn)
    {
        await fixture.Bus.PublishAsync(new CourseClosed
        {
            CourseId = id, TenantId = tenant, WorkerId = workerId, ClosedOn = closedOn, Reason = CourseClosureReason.Completed, Completed = true,
            WorkerAccessEndsOn = accessEndsOn,
        }, tenant);
        await WaitAsync(id, "closed", stage => stage == "Closed");
    }

    /// <summary>Waits until the service's committed record has a stage that satisfies <paramref name="done"/>.</summary>
    public Task WaitAsync(Guid id, string what, Func<string, bool> done) =>
        Eventually.Until(
            async () => await fixture.Rows.StageAsync(id) ?? "",
            stage => stage.Length > 0 && done(stage), TimeSpan.FromSeconds(30), $"the record {what}");

    public static DateOnly D(int year, int month, int day) => new(year, month, day);
}
