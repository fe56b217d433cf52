using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CtiPlatform.Domain;
using CtiPlatform.Testing;
using CtiPlatform.Workflows.Domain;
using CtiPlatform.Workflows.Persistence;
using CtiPlatform.Workflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Workflows.Tests.Lifecycle;

public sealed class ConcurrentCommandTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task A_command_that_loses_one_race_for_the_course_is_decided_again_on_the_fresh_course_and_recorded_once()
    {
        var racer = new RacingWriter(database.AdminConnectionString);
        await using var world = await StartAsync(racer);
        var id = await world.ApproveAsync("worker-1", expectedMoveOut: D(2025, 3, 15));

        racer.Race(saves: 1);
        var response = await world.Worker("worker-1").PutAsJsonAsync($"/api/courses/{id}/expected-move-out", new { expectedMoveOutDate = D(2025, 4, 1) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CopenhagenCalendar.StartOf(D(2025, 3, 4)), (await world.Rows.StateAsync(id))!.Value.NextDueAt);
        Assert.Equal(1, await world.Rows.CountAsync("select count(*) from course_journal where course_id = @id and cause = 'User'", id));

        // The first attempt's timer was rolled back with it: one pending timer for the course, not two.
        Assert.Equal(1, await world.Rows.CountAsync(
            "select count(*) from outbox_messages where scheduling_token_id is not null and body like '%' || @id::text || '%'", id));
    }

    [Fact]
    public async Task A_command_that_loses_the_race_twice_is_a_409_naming_the_rule_and_changes_nothing()
    {
        var racer = new RacingWriter(database.AdminConnectionString);
        await using var world = await StartAsync(racer);
        var id = await world.ApproveAsync("worker-1", expectedMoveOut: D(2025, 3, 15));
        var before = await world.Rows.StateAsync(id);

        racer.Race(saves: 2);
        var response = await world.Worker("worker-1").PutAsJsonAsync($"/api/courses/{id}/expected-move-out", new { expectedMoveOutDate = D(2025, 4, 1) });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ConcurrentChange", problem.RootElement.GetProperty("rule").GetString());
        Assert.Equal(before, await world.Rows.StateAsync(id));
        Assert.Equal(0, await world.Rows.CountAsync("select count(*) from course_journal where course_id = @id and cause = 'User'", id));
    }

    private Task<LifecycleScenario> StartAsync(RacingWriter racer) => LifecycleScenario.StartAsync(database, D(2025, 1, 2),
        services: s => s.ConfigureDbContext<WorkflowsDbContext>(o => o.AddInterceptors(racer)));

    private static DateOnly D(int year, int month, int day) => new(year, month, day);
}
