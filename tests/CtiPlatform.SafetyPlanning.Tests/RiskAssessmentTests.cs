using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CtiPlatform.Contracts.Safety;
using CtiPlatform.SafetyPlanning.Api;
using CtiPlatform.SafetyPlanning.Domain;
using CtiPlatform.Testing;
using Npgsql;

namespace CtiPlatform.SafetyPlanning.Tests;

/// <summary>
/// Risk assessments over time on the municipality's checklist: the level by its thresholds, raised by judgement only
/// with a reason, every assessment kept, and each raise published once through the outbox without details.
/// </summary>
public sealed class RiskAssessmentTests(SafetyFixture fixture) : IClassFixture<SafetyFixture>
{
    private const string Reason = "Han har fundet frem til hendes nye opgang på Stenrosevej";
    private readonly SafetyClient safety = new(fixture);

    /// <summary>Our default checklist with the first <paramref name="yes"/> items answered yes, the rest no but one unknown.</summary>
    public static Dictionary<string, RiskAnswer> Answers(int yes) =>
        RiskChecklist.DefaultKeys.Select((k, i) => (k, i < yes ? RiskAnswer.Yes : i == RiskChecklist.DefaultKeys.Count - 1 ? RiskAnswer.Unknown : RiskAnswer.No))
            .ToDictionary(p => p.k, p => p.Item2);

    [Theory]
    [InlineData(0, RiskLevel.Low)]
    [InlineData(1, RiskLevel.Low)]
    [InlineData(2, RiskLevel.Medium)]
    [InlineData(3, RiskLevel.Medium)]
    [InlineData(4, RiskLevel.High)]
    [InlineData(7, RiskLevel.High)]
    public async Task The_level_follows_the_default_thresholds_of_two_and_four_yes_answers(int yes, RiskLevel expected)
    {
        var worker = $"medarbejder-risiko-{yes}";
        var courseId = await safety.ApprovedCourseAsync(worker);
        using var client = safety.Worker(worker);

        var assessment = await RecordAsync(client, courseId, new RecordRiskAssessmentRequest(Answers(yes), null, null));

        Assert.Equal(expected, assessment.ComputedLevel);
        Assert.Equal(expected, assessment.Level);
        Assert.False(assessment.RaisedByJudgement);
    }

    [Fact]
    public async Task A_municipality_s_own_checklist_and_thresholds_apply_to_its_courses()
    {
        var courseId = await safety.ApprovedCourseAsync("medarbejder-egen-tjekliste", TestTokens.TenantB);
        using var worker = safety.Worker("medarbejder-egen-tjekliste", TestTokens.TenantB);

        var checklist = (await worker.GetFromJsonAsync<RiskChecklistView>($"/api/safety/risk-checklist", TestJson.Options))!;
        var medium = await RecordAsync(worker, courseId, new RecordRiskAssessmentRequest(
            new() { ["Trusler"] = RiskAnswer.Yes, ["Forfoelgelse"] = RiskAnswer.No, ["Boern"] = RiskAnswer.Unknown }, null, null));
        var ours = await worker.PostAsJsonAsync($"{SafetyClient.Prefix}/{courseId}/risk-assessments", new RecordRiskAssessmentRequest(Answers(1), null, null), TestJson.Options);

        Assert.Equal(["Trusler", "Forfoelgelse", "Boern"], checklist.Items.Select(i => i.Key));
        Assert.Equal("Der er fremsat trusler.", checklist.Items[0].Text);
        Assert.Equal((1, 3), (checklist.MediumFrom, checklist.HighFrom));
        Assert.Equal(RiskLevel.Medium, medium.Level);
        await ours.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "answers", "UnknownRiskItem");
    }

    [Fact]
    public async Task Our_default_checklist_is_offered_with_its_danish_texts()
    {
        using var worker = safety.Worker("medarbejder-standardliste");

        var checklist = (await worker.GetFromJsonAsync<RiskChecklistView>($"/api/safety/risk-checklist", TestJson.Options))!;

        Assert.Equal(RiskChecklist.DefaultKeys, checklist.Items.Select(i => i.Key));
        Assert.Equal("Hun er selv bange for, hvad der kan ske.", checklist.Items.Single(i => i.Key == "SheFears").Text);
        Assert.Equal((2, 4), (checklist.MediumFrom, checklist.HighFrom));
    }

    [Fact]
    public async Task Raising_the_level_by_judgement_needs_a_reason_and_judgement_cannot_lower_it()
    {
        var courseId = await safety.ApprovedCourseAsync("medarbejder-skoen");
        using var worker = safety.Worker("medarbejder-skoen");
        var path = $"{SafetyClient.Prefix}/{courseId}/risk-assessments";

        var withoutReason = await worker.PostAsJsonAsync(path, new RecordRiskAssessmentRequest(Answers(0), RiskLevel.High, " "), TestJson.Options);
        var lowering = await worker.PostAsJsonAsync(path, new RecordRiskAssessmentRequest(Answers(4), RiskLevel.Medium, Reason), TestJson.Options);
        var raised = await RecordAsync(worker, courseId, new RecordRiskAssessmentRequest(Answers(0), RiskLevel.High, Reason));

        await withoutReason.AssertFieldRuleAsync(HttpStatusCode.BadRequest, "judgementReason", "NotEmpty");
        await lowering.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "judgedLevel", "JudgementMayOnlyRaise");
        Assert.Equal((RiskLevel.Low, RiskLevel.High, true, Reason), (raised.ComputedLevel, raised.Level, raised.RaisedByJudgement, raised.JudgementReason));
        Assert.Single((await worker.GetFromJsonAsync<RiskAssessmentView[]>(path, TestJson.Options))!);
    }

    [Fact]
    public async Task Answers_that_leave_an_item_out_are_refused_naming_the_answers_and_nothing_is_kept()
    {
        var courseId = await safety.ApprovedCourseAsync("medarbejder-ufuldstaendig");
        using var worker = safety.Worker("medarbejder-ufuldstaendig");
        var path = $"{SafetyClient.Prefix}/{courseId}/risk-assessments";
        var answers = Answers(3);
        answers.Remove("NoSafePlace");

        var incomplete = await worker.PostAsJsonAsync(path, new RecordRiskAssessmentRequest(answers, null, null), TestJson.Options);
        var none = await worker.PostAsJsonAsync(path, new RecordRiskAssessmentRequest(null, null, null), TestJson.Options);

        await incomplete.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "answers", "RiskChecklistIncomplete");
        await none.AssertFieldRuleAsync(HttpStatusCode.BadRequest, "answers", "NotEmpty");
        Assert.Empty((await worker.GetFromJsonAsync<RiskAssessmentView[]>(path, TestJson.Options))!);
    }

    [Fact]
    public async Task Every_assessment_is_kept_and_each_raise_publishes_one_event_without_details()
    {
        var courseId = await safety.ApprovedCourseAsync("medarbejder-historik");
        using var worker = safety.Worker("medarbejder-historik");

        await RecordAsync(worker, courseId, new RecordRiskAssessmentRequest(Answers(1), null, null));
        await RecordAsync(worker, courseId, new RecordRiskAssessmentRequest(Answers(2), null, null));
        await RecordAsync(worker, courseId, new RecordRiskAssessmentRequest(Answers(3), null, null));
        await RecordAsync(worker, courseId, new RecordRiskAssessmentRequest(Answers(0), null, null));
        await RecordAsync(worker, courseId, new RecordRiskAssessmentRequest(Answers(1), RiskLevel.High, Reason));

        // One ordering key per course: once the last raise has arrived, every event published before it has too.
        await Eventually.Until(() => Task.FromResult(fixture.Bus.Of<RiskLevelRaised>(courseId)), m => m.Any(e => Level(e) == "High"),
            TimeSpan.FromSeconds(30), "the raise to high published");
        var raises = fixture.Bus.Of<RiskLevelRaised>(courseId);
        Assert.Equal(["Medium", "High"], raises.Select(Level));
        Assert.All(raises, r => Assert.Equal(["courseId", "level", "raisedAt", "tenantId"], MessageFields(r)));
        Assert.All(raises, r => Assert.DoesNotContain("Stenrosevej", r.Body + r.Headers, StringComparison.Ordinal));
        var history = (await worker.GetFromJsonAsync<RiskAssessmentView[]>($"{SafetyClient.Prefix}/{courseId}/risk-assessments", TestJson.Options))!;
        Assert.Equal([RiskLevel.High, RiskLevel.Low, RiskLevel.Medium, RiskLevel.Medium, RiskLevel.Low], history.Select(a => a.Level));
        Assert.Equal("Høj", history[0].LevelText);
        Assert.Equal((RiskAnswer.Yes, RiskAnswer.No), (history[3].Answers["KnowsAddress"], history[3].Answers["UnwantedApproaches"]));
        Assert.DoesNotContain("Stenrosevej", await AssessmentRowsAsync(courseId), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("GET")]
    public async Task Assessments_answer_404_to_an_unassigned_worker_and_to_another_municipality(string method)
    {
        var worker = "medarbejder-risiko-404-" + method;
        var courseId = await safety.ApprovedCourseAsync(worker);

        foreach (var caller in new[] { safety.Worker("medarbejder-ikke-tildelt"), safety.Worker(worker, TestTokens.TenantB), safety.TeamLead(TestTokens.TenantB) })
        {
            using (caller)
            {
                var url = $"{SafetyClient.Prefix}/{courseId}/risk-assessments";
                var response = method == "GET"
                    ? await caller.GetAsync(url)
                    : await caller.PostAsJsonAsync(url, new RecordRiskAssessmentRequest(Answers(4), null, null), TestJson.Options);
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            }
        }

        Assert.Empty(fixture.Bus.Of<RiskLevelRaised>(courseId));
    }

    private static async Task<RiskAssessmentView> RecordAsync(HttpClient client, Guid courseId, RecordRiskAssessmentRequest request)
    {
        var response = await client.PostAsJsonAsync($"{SafetyClient.Prefix}/{courseId}/risk-assessments", request, TestJson.Options);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RiskAssessmentView>(TestJson.Options))!;
    }

    private static string Level(CapturedMessage message) =>
        JsonDocument.Parse(message.Body).RootElement.GetProperty("message").GetProperty("level").ToString() switch
        {
            "1" or "Medium" => "Medium",
            "2" or "High" => "High",
            var other => other,
        };

    private static string[] MessageFields(CapturedMessage message) =>
        [.. JsonDocument.Parse(message.Body).RootElement.GetProperty("message").EnumerateObject().Select(p => p.Name).Order()];

    private async Task<string> AssessmentRowsAsync(Guid courseId)
    {
        await using var connection = new NpgsqlConnection(fixture.Database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select coalesce(string_agg(t::text, E'\\n'), '') from risk_assessments t where course_id = @id", connection);
        command.Parameters.AddWithValue("id", courseId);
        var rows = (string)(await command.ExecuteScalarAsync())!;
        Assert.Contains("medarbejder-historik", rows, StringComparison.Ordinal);
        return rows;
    }
}
