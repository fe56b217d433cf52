using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using CtiPlatform.Contracts.Reminders;
using CtiPlatform.CourseTracking.Api;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.Domain;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;

namespace CtiPlatform.CourseTracking.Tests;

/// <summary>The change compass: ten dimensions scored by her and by her worker, as data and as SVG charts, closing what the lifecycle said is due.</summary>
public sealed class CompassTests(CourseTrackingFixture fixture) : IClassFixture<CourseTrackingFixture>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private readonly Lifecycle lifecycle = new(fixture);

    [Fact]
    public async Task Her_view_against_the_worker_s_and_the_development_over_time_are_data_and_well_formed_svg_that_show_the_scores()
    {
        var id = await InPhase2Async("worker-compass");
        var worker = fixture.Worker("worker-compass");

        (await Score(worker, id, "Start", "Her", 3)).EnsureSuccessStatusCode();
        (await Score(worker, id, "Start", "Worker", 5)).EnsureSuccessStatusCode();
        (await Score(worker, id, "EndOfPhase1", "Her", 7)).EnsureSuccessStatusCode();
        var compass = await ReadAsync(fixture.TeamLead(), id);
        var comparison = await SvgAsync(worker, $"{Path(id)}/comparison.svg?occasion=Start");
        var development = await SvgAsync(worker, $"{Path(id)}/development.svg?respondent=Her");

        Assert.Equal(
            [(CompassOccasion.Start, CompassRespondent.Her), (CompassOccasion.Start, CompassRespondent.Worker), (CompassOccasion.EndOfPhase1, CompassRespondent.Her)],
            compass.Assessments.Select(a => (a.Occasion, a.Respondent)));
        var start = compass.Assessments[0];
        Assert.Equal(("Kontaktskabelsesperioden (start)", "Kvinden", "worker-compass"), (start.OccasionLabel, start.RespondentLabel, start.RecordedBy));
        Assert.Equal(Enum.GetValues<CompassDimension>(), start.Scores.Select(s => s.Dimension));
        Assert.Equal(("Kvindens sikkerhed", 3), (start.Scores[0].DimensionLabel, start.Scores[0].Score));
        Assert.Equal(("At kvinden håndterer sit forbrug af stimulanser", 3), (start.Scores[9].DimensionLabel, start.Scores[9].Score));

        Assert.Equal("Forandringskompas, Kontaktskabelsesperioden (start): kvindens vurdering over for CTI-medarbejderens", comparison.Element(Svg + "title")?.Value);
        var comparisonDesc = comparison.Element(Svg + "desc")!.Value;
        Assert.Contains("Kvindens sikkerhed: Kvinden 3, CTI-medarbejderen 5.", comparisonDesc);
        Assert.Contains("At kvinden håndterer sit forbrug af stimulanser: Kvinden 3, CTI-medarbejderen 5.", comparisonDesc);
        // Ten bars each, and the axis's tick.
        Assert.Equal(10 + 1, Texts(comparison).Count(t => t == "3"));
        Assert.Equal(10 + 1, Texts(comparison).Count(t => t == "5"));
        Assert.Equal(20, comparison.Descendants(Svg + "rect").Count(r => r.Attribute("height")?.Value == "14"));

        Assert.Equal("Forandringskompas, udviklingen over tid: vurderet af Kvinden", development.Element(Svg + "title")?.Value);
        Assert.Contains("Kvindens sociale netværk: Kontaktskabelsesperioden (start) 3, Afslutningen af 1. CTI-fase 7.", development.Element(Svg + "desc")!.Value);
        Assert.Equal(10 + 1, Texts(development).Count(t => t == "7"));
        Assert.Contains("Afslutningen af 1. CTI-fase", Texts(development));

        var stored = await fixture.Rows.DumpAsync("compass_assessments");
        Assert.DoesNotContain("Stimulants", stored);
        Assert.DoesNotContain("Safety", stored);
    }

    [Fact]
    public async Task Scoring_an_occasion_again_corrects_it()
    {
        var id = await InPhase2Async("worker-correct");
        var worker = fixture.Worker("worker-correct");

        (await Score(worker, id, "Start", "Worker", 4)).EnsureSuccessStatusCode();
        (await Score(worker, id, "Start", "Worker", 6)).EnsureSuccessStatusCode();

        var assessment = Assert.Single((await ReadAsync(worker, id)).Assessments);
        Assert.All(assessment.Scores, s => Assert.Equal(6, s.Score));
    }

    [Fact]
    public async Task A_measurement_the_lifecycle_says_is_due_is_kept_on_the_record_and_closed_once_she_and_her_worker_have_scored_it()
    {
        var id = await InPhase2Async("worker-due");
        var worker = fixture.Worker("worker-due");
        var contactStart = fixture.Today.AddDays(-100);
        var boundary = fixture.Today.AddDays(5);

        await fixture.Bus.PublishAsync(new ChangeCompassStartingMeasurementDue { CourseId = id, TenantId = TestTokens.TenantA, WorkerId = "worker-due", ContactPeriodStartDate = contactStart }, TestTokens.TenantA);
        await fixture.Bus.PublishAsync(new ChangeCompassAssessmentDue { CourseId = id, TenantId = TestTokens.TenantA, WorkerId = "worker-due", Phase = 2, BoundaryDate = boundary }, TestTokens.TenantA);
        await Eventually.Until(() => fixture.Rows.CountAsync("select count(*) from compass_due where course_id = @id", id), n => n == 2, TimeSpan.FromSeconds(30), "both dues recorded");
        var due = (await ReadAsync(worker, id)).Due;
        (await Score(worker, id, "Start", "Her", 4)).EnsureSuccessStatusCode();
        var halfDone = (await ReadAsync(worker, id)).Due;
        (await Score(worker, id, "Start", "Worker", 5)).EnsureSuccessStatusCode();
        var done = (await ReadAsync(worker, id)).Due;

        Assert.Equal([(CompassOccasion.Start, contactStart, false), (CompassOccasion.EndOfPhase2, boundary, false)], due.Select(d => (d.Occasion, d.DueOn, d.Done)));
        Assert.Equal("Afslutningen af 2. CTI-fase", due[1].OccasionLabel);
        Assert.Equal([false, false], halfDone.Select(d => d.Done));
        Assert.Equal([true, false], done.Select(d => d.Done));
    }

    [Fact]
    public async Task Bad_scores_are_400_naming_the_field_and_an_occasion_not_reached_or_a_day_to_come_are_refused()
    {
        var id = await InPhase2Async("worker-bad-scores");
        var worker = fixture.Worker("worker-bad-scores");
        var dimensions = Enum.GetNames<CompassDimension>();

        var tooHigh = await worker.PutAsJsonAsync(Path(id), Body("Start", "Her", dimensions.Select((d, i) => new { dimension = d, score = i == 4 ? 11 : 5 })), TestJson.Options);
        var zero = await worker.PutAsJsonAsync(Path(id), Body("Start", "Her", dimensions.Select(d => new { dimension = d, score = 0 })), TestJson.Options);
        var nine = await worker.PutAsJsonAsync(Path(id), Body("Start", "Her", dimensions.Skip(1).Select(d => new { dimension = d, score = 5 })), TestJson.Options);
        var twice = await worker.PutAsJsonAsync(Path(id), Body("Start", "Her", dimensions.Select((d, i) => new { dimension = i == 0 ? dimensions[1] : d, score = 5 })), TestJson.Options);
        var noRespondent = await worker.PutAsJsonAsync(Path(id), new { occasion = "Start", scores = dimensions.Select(d => new { dimension = d, score = 5 }) }, TestJson.Options);
        var notReached = await Score(worker, id, "EndOfPhase3", "Worker", 5);
        var tomorrow = await worker.PutAsJsonAsync(Path(id), Body("Start", "Her", dimensions.Select(d => new { dimension = d, score = 5 }), fixture.Today.AddDays(1)), TestJson.Options);

        Assert.True((await tooHigh.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("scores[4].score", out _));
        Assert.True((await zero.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("scores[0].score", out _));
        Assert.True((await nine.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("scores", out _));
        Assert.True((await twice.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("scores", out _));
        Assert.True((await noRespondent.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("respondent", out _));
        await notReached.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "occasion", "CompassOccasionNotReached");
        await tomorrow.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "assessedOn", "AssessmentInTheFuture");
        Assert.Empty((await ReadAsync(worker, id)).Assessments);
    }

    [Fact]
    public async Task Every_compass_endpoint_answers_not_found_to_another_worker_and_to_another_municipality()
    {
        var id = await InPhase2Async("worker-own-compass");
        (await Score(fixture.Worker("worker-own-compass"), id, "Start", "Her", 6)).EnsureSuccessStatusCode();

        foreach (var stranger in new[] { fixture.Worker("worker-compass-stranger"), fixture.TeamLead(TestTokens.TenantB), fixture.Worker("worker-own-compass", TestTokens.TenantB) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(Path(id))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await Score(stranger, id, "Start", "Worker", 2)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"{Path(id)}/comparison.svg?occasion=Start")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"{Path(id)}/development.svg?respondent=Her")).StatusCode);
        }

        var assessment = Assert.Single((await ReadAsync(fixture.Worker("worker-own-compass"), id)).Assessments);
        Assert.All(assessment.Scores, s => Assert.Equal(6, s.Score));
    }

    [Fact]
    public async Task Reading_the_compass_as_data_or_as_a_chart_is_access_logged()
    {
        var id = await InPhase2Async("worker-compass-read");

        await fixture.TeamLead().GetAsync(Path(id));
        await fixture.Worker("worker-compass-read").GetAsync($"{Path(id)}/development.svg?respondent=Worker");

        using var admin = fixture.Host.Client(Roles.TenantAdmin);
        var entries = await admin.GetFromJsonAsync<AccessLogEntryView[]>($"{TrackedCoursesApi.Prefix}/access-log?subjectType=course-compass&subjectId={id}", TestJson.Options);
        Assert.Contains(entries!, e => e is { Action: AccessAction.Read, ActorId: "lead-1", Purpose: AccessPurposes.CaseloadManagement });
        Assert.Contains(entries!, e => e is { Action: AccessAction.Read, ActorId: "worker-compass-read", Purpose: AccessPurposes.CaseHandling });
    }

    private static string Path(Guid id) => $"{Meetings.Path(id)}/compass";

    private static object Body(string occasion, string respondent, IEnumerable<object> scores, DateOnly? assessedOn = null) =>
        new { occasion, respondent, assessedOn, scores };

    /// <summary>Every dimension scored <paramref name="score"/>.</summary>
    private static Task<HttpResponseMessage> Score(HttpClient client, Guid id, string occasion, string respondent, int score) =>
        client.PutAsJsonAsync(Path(id), Body(occasion, respondent, Enum.GetNames<CompassDimension>().Select(d => new { dimension = d, score })), TestJson.Options);

    private static IEnumerable<string> Texts(XElement svg) => svg.Descendants(Svg + "text").Select(t => t.Value);

    private static async Task<XElement> SvgAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Svg + "svg", svg.Name);
        return svg;
    }

    private async Task<Guid> InPhase2Async(string workerId)
    {
        var id = await lifecycle.ApproveAsync(workerId);
        await lifecycle.StartContactPeriodAsync(id, workerId, fixture.Today.AddDays(-100));
        await lifecycle.MoveInAsync(id, workerId, fixture.Today.AddDays(-95));
        await lifecycle.PhaseAsync(id, workerId, 2, fixture.Today.AddDays(-5), fixture.Today.AddDays(85));
        return id;
    }

    private static async Task<CompassView> ReadAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<CompassView>(Path(id), TestJson.Options))!;
}
