using System.Net;
using System.Net.Http.Json;
using System.Text;
using CtiPlatform.Contracts.Courses;
using CtiPlatform.CourseTracking.Api;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.Domain;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;

namespace CtiPlatform.CourseTracking.Tests;

/// <summary>
/// The evaluator export (issue #14 item 12, decision 516) of a hand-computed set of courses, as CSV and as JSON: a row per
/// course closed in the period under a pseudonym, the summary figures, nothing about her, nothing of another
/// municipality. The test moves the clock a year on for the follow-ups, so the class has a fixture of its own.
/// </summary>
public sealed class EvaluatorExportTests(CourseTrackingFixture fixture) : IClassFixture<CourseTrackingFixture>
{
    private const string Export = TrackedCoursesApi.Prefix + "/evaluator-export";
    private const string CanaryName = "Kanariefugl Evaluersen";
    private const string CanaryCpr = "020304-5678";
    private const string CanaryPhone = "71 23 45 67";
    private const string CanaryNote = "Hemmelig note om kvinden";

    private static readonly string[] SixFlags =
    [
        nameof(FidelityCode.PhasesUnequal), nameof(FidelityCode.LongerThanNineMonths), nameof(FidelityCode.PhaseWithoutPlan),
        nameof(FidelityCode.CompassMissing), nameof(FidelityCode.ChecklistIncomplete), nameof(FidelityCode.PhaseDocumentationMissing),
    ];

    private readonly ClosedCourses courses = new(fixture);

    private readonly Lifecycle lifecycle = new(fixture);

    [Fact]
    public async Task The_export_of_a_period_has_a_pseudonymous_row_per_course_closed_in_it_and_the_summary_in_csv_and_json_and_nothing_about_her()
    {
        var today = fixture.Today;
        var (from, to) = (today.AddDays(-30), today);
        var worker = fixture.Worker("worker-export");

        // Two courses run to phase 3 and closed today (2026-03): phases of 90, 180 and 5 days, no plan, no documentation,
        // checklists unticked and only her compass — six kinds of flag each. Her compass 4 -> 6 and 5 -> 4.
        var c1 = await courses.InPhase3Async("worker-export", start: 4, end: Enumerable.Repeat(6, 10).ToArray(), hasChildren: true);
        // The canaries: in a note of a contact in phase 1 (so intensity still falls) and as a network person.
        (await worker.ContactAsync(c1, today.AddDays(-200), "10:00", 30, notes: $"{CanaryNote} {CanaryName} {CanaryCpr} {CanaryPhone}")).EnsureSuccessStatusCode();
        (await worker.PostAsJsonAsync($"{Meetings.Path(c1)}/network",
            new { kind = "Person", role = "FamilyOrRelative", sector = "Family", distance = 1, active = true, consent = true, name = CanaryName, phone = CanaryPhone, helpsWith = CanaryNote },
            TestJson.Options)).EnsureSuccessStatusCode();
        await lifecycle.CloseAsync(c1, "worker-export", today, today.AddDays(30));
        var c2 = await courses.ClosedAsync("worker-export", today, start: 5, end: Enumerable.Repeat(4, 10).ToArray());

        // One closed early in phase 1 (2026-02) by agreement, with everything the method asks done: no flag, no outcome recorded.
        var early = await lifecycle.ApproveAsync("worker-export");
        await lifecycle.StartContactPeriodAsync(early, "worker-export", today.AddDays(-40));
        await lifecycle.MoveInAsync(early, "worker-export", today.AddDays(-35));
        await worker.PlanAsync(early, "Housing");
        await worker.DocumentAsync(early, 1, "Housing");
        foreach (var (occasion, respondent) in new[] { ("Start", "Her"), ("Start", "Worker"), ("EndOfPhase1", "Her"), ("EndOfPhase1", "Worker") })
        {
            await worker.ScoreAsync(early, occasion, respondent);
        }

        await worker.TickAsync(early, ChecklistTransition.ContactPeriodEnd);
        await worker.TickAsync(early, ChecklistTransition.Closure);
        await fixture.Bus.PublishAsync(new CourseClosed
        {
            CourseId = early, TenantId = TestTokens.TenantA, WorkerId = "worker-export", ClosedOn = today.AddDays(-10),
            Reason = CourseClosureReason.EndedEarlyByAgreement, Completed = false, WorkerAccessEndsOn = today.AddDays(20),
        }, TestTokens.TenantA);
        await lifecycle.WaitAsync(early, "closed", stage => stage == "Closed");

        // Not in the export: closed before the period, still running, and another municipality's closed in it.
        var before = await lifecycle.ApproveAsync("worker-export");
        await lifecycle.StartContactPeriodAsync(before, "worker-export", today.AddDays(-100));
        await lifecycle.MoveInAsync(before, "worker-export", today.AddDays(-95));
        await lifecycle.CloseAsync(before, "worker-export", today.AddDays(-31), today.AddDays(-1));
        await lifecycle.InContactPeriodAsync("worker-export");
        var elsewhere = await new ClosedCourses(fixture, TestTokens.TenantB).ClosedAsync("worker-export", today, start: 1, end: Enumerable.Repeat(9, 10).ToArray());
        (await ClosedCourses.RecordAsync(fixture.Worker("worker-export", TestTokens.TenantB), elsewhere)).EnsureSuccessStatusCode();

        (await ClosedCourses.RecordAsync(worker, c1, keptHome: true, hasSafetyStrategy: true, readmittedToShelter: false, dayCare: true, leisure: true)).EnsureSuccessStatusCode();
        (await ClosedCourses.RecordAsync(worker, c2, keptHome: false, hasSafetyStrategy: false, readmittedToShelter: true)).EnsureSuccessStatusCode();
        (await ClosedCourses.RecordAsync(worker, c2, keptHome: true, hasSafetyStrategy: false, readmittedToShelter: true)).EnsureSuccessStatusCode();

        // A year on: c1 still lives in her own home, c2 does not; the early course's follow-up is left unanswered.
        fixture.Clock.SetUtcNow(CopenhagenCalendar.StartOf(today.AddYears(1)).AddHours(9));
        var lead = fixture.TeamLead();
        await Eventually.Until(() => ClosedCourses.DueAsync(lead), list => list.Count(f => f.CourseId == c1 || f.CourseId == c2) == 2,
            TimeSpan.FromSeconds(30), "the follow-ups raised");
        (await ClosedCourses.AnswerAsync(lead, c1, stillInOwnHome: true)).EnsureSuccessStatusCode();
        (await ClosedCourses.AnswerAsync(lead, c2, stillInOwnHome: false)).EnsureSuccessStatusCode();

        var query = $"{Export}?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}";
        var jsonResponse = await lead.GetAsync(query + "&format=json");
        var csvResponse = await lead.GetAsync(query + "&format=csv");
        var json = (await jsonResponse.Content.ReadFromJsonAsync<EvaluatorExportView>(TestJson.Options))!;
        var jsonText = await jsonResponse.Content.ReadAsStringAsync();
        var csvBytes = await csvResponse.Content.ReadAsByteArrayAsync();
        var csv = Encoding.UTF8.GetString(csvBytes);

        var expectedRows = new[]
        {
            Row("2026-03", "Completed", "Ja", "Ja", "Nej", "2.0", "Ja", "Ja", "Ja", "Ja", SixFlags),
            Row("2026-03", "Completed", "Ja", "Nej", "Ja", "-1.0", "Nej", "", "", "Nej", SixFlags),
            Row("2026-02", "EndedEarlyByAgreement", "", "", "", "0.0", "Nej", "", "", "", []),
        };
        string[] expectedSummary =
        [
            "KeptHome,2,2,100.0,100", "HasSafetyStrategy,1,2,50.0,100", "NotReadmittedToShelter,1,2,50.0,75", "WellBeingImproved,1,3,33.3,100",
            "ChildrenInDayCareOrSchool,1,1,100.0,100", "ChildrenInLeisureActivities,1,1,100.0,100", "KeptHomeAfterOneYear,1,2,50.0,95",
            "CoursesWithoutFlags,1,3,33.3,", "PhasesUnequal,2,3,66.7,", "LongerThanNineMonths,2,3,66.7,", "PhaseWithoutPlan,2,3,66.7,",
            "IntensityNotFalling,0,3,0.0,", "CompassMissing,2,3,66.7,", "ChecklistIncomplete,2,3,66.7,", "HandOverMeetingsLate,0,3,0.0,",
            "HandOverMeetingsMissing,0,3,0.0,", "PhaseDocumentationMissing,2,3,66.7,",
        ];

        // JSON.
        Assert.Equal(HttpStatusCode.OK, jsonResponse.StatusCode);
        Assert.Equal("no-store", jsonResponse.Headers.CacheControl?.ToString());
        Assert.Equal((TestTokens.TenantA, from, to, 3), (json.Municipality, json.From, json.To, json.CoursesClosed));
        Assert.Equal([1, 2, 3], json.Courses.Select(c => c.Course));
        Assert.Equal(expectedRows.Order(), json.Courses.Select(c => Row(
            c.ClosedIn, c.ClosureReason.ToString()!, YesNo(c.KeptHome), YesNo(c.HasSafetyStrategy), YesNo(c.ReadmittedToShelter),
            c.WellBeingChange?.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) ?? "", YesNo(c.WellBeingImproved),
            YesNo(c.ChildrenInDayCareOrSchool), YesNo(c.ChildrenInLeisureActivities), YesNo(c.KeptHomeAfterOneYear), [.. c.Flags.Select(f => f.ToString())])).Order());
        Assert.Equal("Afsluttet før tid efter aftale", Assert.Single(json.Courses, c => c.ClosedIn == "2026-02").ClosureReasonLabel);
        Assert.Equal(expectedSummary, json.Summary.Select(f => $"{f.Figure},{f.Count},{f.Of},{f.Percent:0.0},{f.GoalPercent}"));

        // CSV: the same rows and figures, Danish headers, codes next to labels.
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", csvResponse.Content.Headers.ContentType?.ToString());
        Assert.Equal("attachment", csvResponse.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("no-store", csvResponse.Headers.CacheControl?.ToString());
        Assert.NotEqual(0xEF, csvBytes[0]);
        var sections = csv.Split("\r\n\r\n");
        var courseLines = sections[0].Split("\r\n");
        var summaryLines = sections[1].TrimEnd().Split("\r\n");
        Assert.Equal(
            "Kommune,Forløb (pseudonym),Afsluttet (måned),Afslutningsårsag (kode),Afslutningsårsag,Har fastholdt egen bolig,Har en sikkerhedsstrategi," +
            "Genindskrevet på krisecenter,Ændring i trivsel (gennemsnit slut minus start),Øget trivsel,Børnene i dagtilbud eller skole," +
            "Børn over 7 år i fritidsaktiviteter,Bor i egen bolig efter et år,Afvigelser fra metoden (koder),Afvigelser fra metoden",
            courseLines[0]);
        var csvRows = courseLines.Skip(1).Select(ParseCsv).ToList();
        Assert.Equal(["1", "2", "3"], csvRows.Select(r => r[1]));
        Assert.All(csvRows, r => Assert.Equal(TestTokens.TenantA, r[0]));
        Assert.Equal(expectedRows.Order(), csvRows.Select(r => Row(r[2], r[3], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12], r[13].Length == 0 ? [] : r[13].Split("; "))).Order());
        Assert.Contains(csvRows, r => r[4] == "Gennemført (9 måneder)" && r[14].StartsWith("Faserne er ikke lige lange; ", StringComparison.Ordinal));
        Assert.Equal("Kommune,Fra,Til,Nøgletal (kode),Nøgletal,Antal,Ud af,Procent,Mål (procent)", summaryLines[0]);
        Assert.Equal(expectedSummary, summaryLines.Skip(1).Select(ParseCsv).Select(r => $"{r[3]},{r[5]},{r[6]},{r[7]},{r[8]}"));
        Assert.Contains(summaryLines, l => l.StartsWith($"{TestTokens.TenantA},{from:yyyy-MM-dd},{to:yyyy-MM-dd},KeptHomeAfterOneYear,Bor fortsat i egen bolig efter et år,", StringComparison.Ordinal));

        // Nothing about her, nor a key that joins a row back to the course or the worker.
        foreach (var text in new[] { jsonText, csv })
        {
            foreach (var secret in new[] { CanaryName, CanaryCpr, CanaryPhone, CanaryNote, "Kanariefugl", "worker-export", c1.ToString(), c2.ToString(), early.ToString(), elsewhere.ToString(), before.ToString() })
            {
                Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
            }

            // No date finer than the month, but the period's own.
            Assert.All(System.Text.RegularExpressions.Regex.Matches(text, @"\d{4}-\d{2}-\d{2}"), m => Assert.Contains(m.Value, new[] { $"{from:yyyy-MM-dd}", $"{to:yyyy-MM-dd}" }));
        }
    }

    [Fact]
    public async Task The_export_is_for_team_leads_only_refuses_a_bad_period_or_format_naming_the_field_and_is_access_logged()
    {
        var lead = fixture.TeamLead();
        var today = fixture.Today;
        var period = $"from={today.AddDays(-1):yyyy-MM-dd}&to={today:yyyy-MM-dd}";

        var asWorker = await fixture.Worker("worker-export-denied").GetAsync($"{Export}?{period}&format=csv");
        var noFrom = await lead.GetAsync($"{Export}?to={today:yyyy-MM-dd}&format=csv");
        var backwards = await lead.GetAsync($"{Export}?from={today:yyyy-MM-dd}&to={today.AddDays(-1):yyyy-MM-dd}");
        var tooLong = await lead.GetAsync($"{Export}?from={today.AddYears(-5).AddDays(-1):yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        var badDate = await lead.GetAsync($"{Export}?from=2026-02-30&to={today:yyyy-MM-dd}");
        var endOfTime = await lead.GetAsync($"{Export}?from=9999-12-31&to=1900-01-01");
        var badFormat = await lead.GetAsync($"{Export}?{period}&format=xlsx");
        var fiveYears = await lead.GetAsync($"{Export}?from={today.AddYears(-5):yyyy-MM-dd}&to={today:yyyy-MM-dd}&format=csv");

        Assert.Equal(HttpStatusCode.Forbidden, asWorker.StatusCode);
        Assert.True((await noFrom.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("from", out _));
        Assert.Contains("Perioden skal slutte på eller efter sin første dag.", (await backwards.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("to").ToString());
        Assert.Contains("Perioden må højst være 5 år.", (await tooLong.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("to").ToString());
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.True((await endOfTime.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("to", out _));
        Assert.Contains("Formatet skal være csv eller json.", (await badFormat.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("format").ToString());
        Assert.Equal(HttpStatusCode.OK, fiveYears.StatusCode);

        using var admin = fixture.Host.Client(Roles.TenantAdmin);
        var entries = await admin.GetFromJsonAsync<AccessLogEntryView[]>(
            $"{TrackedCoursesApi.Prefix}/access-log?subjectType=evaluator-export&subjectId={today.AddYears(-5):yyyy-MM-dd}/{today:yyyy-MM-dd}", TestJson.Options);
        Assert.Contains(entries!, e => e is { Action: AccessAction.Read, ActorId: "lead-1", Purpose: AccessPurposes.Reporting });
    }

    private static string Row(
        string closedIn, string reason, string keptHome, string strategy, string readmitted, string wellBeing, string improved, string dayCare, string leisure,
        string afterOneYear, string[] flags) =>
        string.Join('|', closedIn, reason, keptHome, strategy, readmitted, wellBeing, improved, dayCare, leisure, afterOneYear, string.Join(' ', flags));

    private static string YesNo(bool? value) => value switch { true => "Ja", false => "Nej", null => "" };

    /// <summary>One CSV line into its fields: a field in quotes may hold commas, and "" is a quote.</summary>
    private static string[] ParseCsv(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
