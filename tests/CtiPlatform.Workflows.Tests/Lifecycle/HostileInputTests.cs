using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CtiPlatform.Messaging.Attention;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;
using CtiPlatform.Workflows.Tests.Infrastructure;

namespace CtiPlatform.Workflows.Tests.Lifecycle;

/// <summary>
/// Dates the courses API refuses (decision 410), and an event the lifecycle cannot apply, which leaves the course on the
/// team lead's list rather than silently missing (decision 411).
/// </summary>
public sealed class HostileInputTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly KeyValuePair<string, string?>[] OneImmediateRetry = [new("MessagingOptions:ImmediateRetries", "1")];

    [Fact]
    public async Task An_approval_with_an_impossible_date_leaves_the_course_needing_attention_for_the_team_lead_and_nothing_half_written()
    {
        await using var world = await LifecycleScenario.StartAsync(database, new DateOnly(2025, 1, 2), OneImmediateRetry);
        using var lead = world.TeamLead();

        var (id, item) = await ApprovalPastItsDateWindowAsync(world, lead);
        var attention = Assert.Single(item, i => i.SubjectId == id);
        Assert.Equal("ReferralApproved", attention.MessageType);
        Assert.Equal(nameof(ArgumentOutOfRangeException), attention.Reason);
        Assert.Null(await world.Rows.StateAsync(id));
        Assert.Equal(0, await world.Rows.CountAsync("select count(*) from course_journal where course_id = @id", id));
        Assert.Equal(0, await world.Rows.CountAsync("select count(*) from outbox_messages where ordering_key = @id::text", id));
        Assert.Equal(1, await world.Rows.CountAsync("select count(*) from attention_items where subject_id = @id", id));
    }

    [Fact]
    public async Task Only_the_team_leads_of_the_courses_municipality_see_that_it_needs_attention()
    {
        await using var world = await LifecycleScenario.StartAsync(database, new DateOnly(2025, 1, 2), OneImmediateRetry);
        using var lead = world.TeamLead();
        var (id, _) = await ApprovalPastItsDateWindowAsync(world, lead);

        using var otherLead = world.TeamLead(TestTokens.TenantB);
        using var worker = world.Worker("worker-1");

        Assert.DoesNotContain(await AttentionAsync(otherLead), i => i.SubjectId == id);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/api/courses/attention")).StatusCode);
    }

    [Fact]
    public async Task An_approval_whose_tenant_header_contradicts_its_body_goes_to_the_error_queue_and_on_no_attention_list()
    {
        await using var world = await LifecycleScenario.StartAsync(database, new DateOnly(2025, 1, 2), OneImmediateRetry);
        var id = Guid.NewGuid();

        // Forged for municipality A under B's header: a municipality's list must not be fillable by whoever can publish.
        await world.Host.ApproveAsync(id, "worker-1", DateOnly.MinValue, world.Clock.GetUtcNow(), headerTenant: TestTokens.TenantB);

        await Eventually.Until(() => world.VirtualHost.PeekAsync("course-lifecycle_error"), m => m.Count == 1, Bounds.Signal, "the forged approval in the error queue");
        Assert.Equal(0, await world.Rows.CountAsync("select count(*) from attention_items where subject_id = @id", id));
        Assert.Null(await world.Rows.StateAsync(id));
    }

    [Fact]
    public async Task Dates_outside_their_window_are_refused_at_the_api_naming_field_and_rule_and_change_nothing()
    {
        await using var world = await LifecycleScenario.StartAsync(database, new DateOnly(2025, 1, 2));
        using var worker = world.Worker("worker-1");
        worker.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var id = await world.ApproveAsync("worker-1", expectedMoveOut: new DateOnly(2025, 1, 20));
        var before = await world.GetAsync(worker, id);

        var moveOut = await worker.PutAsJsonAsync($"/api/courses/{id}/expected-move-out", new { expectedMoveOutDate = DateOnly.MinValue });
        var farMoveOut = await worker.PutAsJsonAsync($"/api/courses/{id}/expected-move-out", new { expectedMoveOutDate = world.Today.AddDays(731) });
        var moveIn = await worker.PostAsJsonAsync($"/api/courses/{id}/move-in", new { moveInDate = world.Today.AddDays(-366) });

        await AssertDateRangeAsync(moveOut, "expectedMoveOutDate");
        await AssertDateRangeAsync(farMoveOut, "expectedMoveOutDate");
        var problem = await AssertDateRangeAsync(moveIn, "moveInDate");
        Assert.Equal("The date must lie between 2024-01-03 and 2026-01-02.", problem.GetProperty("errors").GetProperty("moveInDate")[0].GetString());
        var after = await world.GetAsync(worker, id);
        Assert.Equal((before.ExpectedMoveOutDate, before.MoveInDate, before.Journal.Count), (after.ExpectedMoveOutDate, after.MoveInDate, after.Journal.Count));
    }

    private static async Task<JsonElement> AssertDateRangeAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(DateWindow.Rule, problem.GetProperty("rules").GetProperty(field)[0].GetString());
        return problem;
    }

    /// <summary>
    /// Publishes an approval as the referrals service would, but past its API's date window, and returns its id and the
    /// team lead's list once the course is on it.
    /// </summary>
    private static async Task<(Guid Id, IReadOnlyList<AttentionItemView> Items)> ApprovalPastItsDateWindowAsync(LifecycleScenario world, HttpClient lead)
    {
        var id = Guid.NewGuid();
        await world.Host.ApproveAsync(id, "worker-1", DateOnly.MinValue, world.Clock.GetUtcNow());
        return (id, await GiveUpAsync(world, lead, id));
    }

    /// <summary>
    /// Lets the approval fail its immediate retry, moves the manual clock past its scheduled redelivery so that
    /// fails too, and returns the team lead's list once the course is on it.
    /// </summary>
    private static async Task<IReadOnlyList<AttentionItemView>> GiveUpAsync(LifecycleScenario world, HttpClient lead, Guid id)
    {
        var now = world.Clock.GetUtcNow();
        await Eventually.Until(
            () => world.Rows.CountAsync($"select count(*) from outbox_messages where deliver_at > '{now:O}'"), n => n > 0, Bounds.Signal, "the redelivery scheduled");

        // MassTransit dates a redelivery by the real clock (a second from now), not by the service's TimeProvider.
        world.Clock.SetUtcNow(DateTimeOffset.UtcNow.AddMinutes(1));
        return await Eventually.Until(() => AttentionAsync(lead), items => items.Any(i => i.SubjectId == id), Bounds.Signal, "the course needing attention");
    }

    private static async Task<IReadOnlyList<AttentionItemView>> AttentionAsync(HttpClient client) =>
        (await PagedLists.AllAsync<AttentionItemView>(client, "/api/courses/attention", TestJson.Options, PageRequest.MaxLimit)).Items;
}
