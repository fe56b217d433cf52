using System.Net.Http.Json;
using CtiPlatform.Contracts.Courses;
using CtiPlatform.Contracts.Reminders;
using CtiPlatform.Domain;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;
using CtiPlatform.Workflows.Domain;
using CtiPlatform.Workflows.Tests.Infrastructure;

namespace CtiPlatform.Workflows.Tests.Lifecycle;

/// <summary>Transitions and reminders happen exactly once across restarts and with several hosts on one database.</summary>
public sealed class DurabilityTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public async Task A_transition_due_while_the_host_was_stopped_happens_once_after_restart()
    {
        await using var world = await LifecycleScenario.StartAsync(database, D(2025, 1, 2));
        var id = await world.ApproveAsync("worker-1", expectedMoveOut: D(2025, 1, 20));
        world.TravelTo(D(2025, 1, 31));
        (await world.Worker("worker-1").PostAsJsonAsync($"/api/courses/{id}/move-in", new { moveInDate = D(2025, 1, 31) })).EnsureSuccessStatusCode();
        await world.Recorder.WaitForAsync<PhaseStarted>(id);

        await world.Host.DisposeAsync();
        world.TravelTo(D(2025, 5, 2));
        world.Host = await WorkflowsService.StartAsync(database, world.VirtualHost.Address, world.Clock);

        var phases = await world.Recorder.WaitForAsync<PhaseStarted>(id, 2);
        await Eventually.Until(() => world.Rows.DueOutboxRowsAsync(world.Clock.GetUtcNow()), n => n == 0, Bounds.Signal, "everything due dispatched");
        Assert.Equal((2, D(2025, 4, 30)), (phases[1].Phase, phases[1].StartDate));
        Assert.Equal(2, world.Recorder.Of<PhaseStarted>(id).Count);
        Assert.Equal(1, await world.Rows.CountAsync("select count(*) from course_journal where course_id = @id and kind = 'PhaseStarted' and detail like 'phase=2;%'", id));

        // Reminders about 30 April were due while the host was down; once that boundary has passed they are moot.
        Assert.Empty(world.Recorder.Of<PhaseChangeDue>(id));
        Assert.Equal(CopenhagenCalendar.StartOf(D(2025, 7, 17)), (await world.Rows.StateAsync(id))!.Value.NextDueAt);
    }

    [Fact]
    public async Task Two_hosts_on_one_database_transition_and_remind_each_course_once()
    {
        const int courses = 20;
        await using var world = await LifecycleScenario.StartAsync(database, D(2025, 1, 2));
        await using var second = await WorkflowsService.StartAsync(database, world.VirtualHost.Address, world.Clock);
        var ids = new List<Guid>();
        for (var i = 0; i < courses; i++)
        {
            ids.Add(await world.ApproveAsync("worker-1", expectedMoveOut: D(2025, 1, 20)));
        }

        world.TravelTo(D(2025, 1, 31));
        foreach (var id in ids)
        {
            // Both hosts serve the API; a command may land on either.
            var host = ids.IndexOf(id) % 2 == 0 ? world.Host : second;
            (await host.Client(Roles.CtiWorker, subject: "worker-1").PostAsJsonAsync($"/api/courses/{id}/move-in", new { moveInDate = D(2025, 1, 31) }))
                .EnsureSuccessStatusCode();
        }

        world.TravelTo(D(2025, 4, 16));
        await Eventually.Until(() => Task.FromResult(world.Recorder.Received.OfType<PhaseChangeDue>().Count()), n => n >= courses, Bounds.Signal, "every phase-change reminder");
        world.TravelTo(D(2025, 4, 30));
        await Eventually.Until(() => Task.FromResult(world.Recorder.Received.OfType<PhaseStarted>().Count(p => p.Phase == 2)), n => n >= courses, Bounds.Signal, "every phase 2");
        await Eventually.Until(() => world.Rows.DueOutboxRowsAsync(world.Clock.GetUtcNow()), n => n == 0, Bounds.Signal, "everything due dispatched");

        Assert.All(ids, id =>
        {
            Assert.Single(world.Recorder.Of<PhaseStarted>(id), p => p.Phase == 2);
            Assert.Single(world.Recorder.Of<PhaseChangeDue>(id));
        });
        foreach (var id in ids)
        {
            Assert.Equal(1, await world.Rows.CountAsync("select count(*) from course_journal where course_id = @id and kind = 'PhaseStarted' and detail like 'phase=2;%'", id));
            Assert.Equal(1, await world.Rows.CountAsync("select count(*) from course_journal where course_id = @id and detail like 'reminder=PhaseChange:%'", id));
        }
    }
}
