using System.Net;
using System.Net.Http.Json;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.SafetyPlanning.Api;
using CtiPlatform.Testing;
using Npgsql;

namespace CtiPlatform.SafetyPlanning.Tests;

/// <summary>
/// The precautions for visiting her home: set by her worker or a team lead, shown to every CTI worker of the
/// municipality who may stand in (access-logged with why), the note sealed at rest, absent to another municipality.
/// </summary>
public sealed class WorkerSafetyTests(SafetyFixture fixture) : IClassFixture<SafetyFixture>
{
    private const string Note = "Ekspartneren er set ved opgangen på Stenrosevej om aftenen";
    private readonly SafetyClient safety = new(fixture);

    [Fact]
    public async Task A_substitute_worker_of_the_municipality_sees_the_precautions_and_the_read_is_access_logged_with_its_purpose()
    {
        var courseId = await safety.ApprovedCourseAsync("medarbejder-besoeg");
        using (var worker = safety.Worker("medarbejder-besoeg"))
        {
            (await worker.PutAsJsonAsync(Path(courseId), new ChangeVisitPrecautionsRequest(true, false, true, Note), TestJson.Options)).EnsureSuccessStatusCode();
        }

        using var substitute = safety.Worker("medarbejder-vikar");
        var precautions = (await substitute.GetFromJsonAsync<VisitPrecautionsView>(Path(courseId), TestJson.Options))!;

        Assert.True(precautions.VisitInPairs);
        Assert.False(precautions.MeetElsewhere);
        Assert.True(precautions.KnownDangerAtAddress);
        Assert.Equal(Note, precautions.Note);
        Assert.Equal("medarbejder-besoeg", precautions.ChangedBy);
        var read = Assert.Single(await AccessLogAsync(courseId), e => e.Action == AccessAction.Read);
        Assert.Equal("medarbejder-vikar", read.ActorId);
        Assert.Equal("home-visit-safety", read.Purpose);
        Assert.DoesNotContain("Stenrosevej", await PrecautionRowsAsync(courseId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_team_lead_changes_the_precautions_and_a_substitute_cannot()
    {
        var courseId = await safety.ApprovedCourseAsync("medarbejder-besoeg-leder");
        using var lead = safety.TeamLead();
        using var substitute = safety.Worker("medarbejder-vikar-retter");

        var changed = await lead.PutAsJsonAsync(Path(courseId), new ChangeVisitPrecautionsRequest(false, true, false, null), TestJson.Options);
        var bySubstitute = await substitute.PutAsJsonAsync(Path(courseId), new ChangeVisitPrecautionsRequest(false, false, false, null), TestJson.Options);

        changed.EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, bySubstitute.StatusCode);
        var precautions = (await substitute.GetFromJsonAsync<VisitPrecautionsView>(Path(courseId), TestJson.Options))!;
        Assert.True(precautions.MeetElsewhere);
        Assert.Equal("teamleder-" + TestTokens.TenantA, precautions.ChangedBy);
    }

    [Fact]
    public async Task Before_any_are_set_a_worker_who_may_visit_sees_none()
    {
        var courseId = await safety.ApprovedCourseAsync("medarbejder-besoeg-tom");
        using var substitute = safety.Worker("medarbejder-vikar-tom");

        var precautions = (await substitute.GetFromJsonAsync<VisitPrecautionsView>(Path(courseId), TestJson.Options))!;

        Assert.False(precautions.VisitInPairs || precautions.MeetElsewhere || precautions.KnownDangerAtAddress);
        Assert.Null(precautions.ChangedAt);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    public async Task Another_municipality_gets_404(string method)
    {
        var worker = "medarbejder-besoeg-404-" + method;
        var courseId = await safety.ApprovedCourseAsync(worker);

        foreach (var caller in new[] { safety.Worker(worker, TestTokens.TenantB), safety.Worker("medarbejder-vikar", TestTokens.TenantB), safety.TeamLead(TestTokens.TenantB) })
        {
            using (caller)
            {
                var response = method == "GET"
                    ? await caller.GetAsync(Path(courseId))
                    : await caller.PutAsJsonAsync(Path(courseId), new ChangeVisitPrecautionsRequest(true, true, false, null), TestJson.Options);
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            }
        }
    }

    [Fact]
    public async Task A_flag_left_out_is_refused_naming_the_field()
    {
        var courseId = await safety.ApprovedCourseAsync("medarbejder-besoeg-uden-flag");
        using var worker = safety.Worker("medarbejder-besoeg-uden-flag");

        var response = await worker.PutAsJsonAsync(Path(courseId), new ChangeVisitPrecautionsRequest(true, null, false, null), TestJson.Options);

        await response.AssertFieldRuleAsync(HttpStatusCode.BadRequest, "meetElsewhere", "NotNull");
    }

    [Fact]
    public async Task A_known_danger_without_a_note_is_refused_naming_the_note_and_nothing_is_recorded()
    {
        var courseId = await safety.ApprovedCourseAsync("medarbejder-besoeg-uden-note");
        using var worker = safety.Worker("medarbejder-besoeg-uden-note");

        var response = await worker.PutAsJsonAsync(Path(courseId), new ChangeVisitPrecautionsRequest(false, false, true, " "), TestJson.Options);

        await response.AssertFieldRuleAsync(HttpStatusCode.BadRequest, "note", "NotEmpty");
        Assert.Null((await worker.GetFromJsonAsync<VisitPrecautionsView>(Path(courseId), TestJson.Options))!.ChangedAt);
    }

    private static string Path(Guid courseId) => $"{SafetyClient.Prefix}/{courseId}/visit-precautions";

    private async Task<AccessLogEntryView[]> AccessLogAsync(Guid courseId)
    {
        using var admin = safety.Admin();
        return (await admin.GetFromJsonAsync<AccessLogEntryView[]>(
            $"/api/safety/access-log?subjectType=visit-precautions&subjectId={courseId}", TestJson.Options))!;
    }

    private async Task<string> PrecautionRowsAsync(Guid courseId)
    {
        await using var connection = new NpgsqlConnection(fixture.Database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select coalesce(string_agg(t::text, E'\\n'), '') from visit_precautions t where course_id = @id", connection);
        command.Parameters.AddWithValue("id", courseId);
        var rows = (string)(await command.ExecuteScalarAsync())!;
        Assert.Contains("medarbejder-besoeg", rows, StringComparison.Ordinal);
        return rows;
    }
}
