using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CtiPlatform.Testing;

// Measured console run (issue #17): the standalone host (the README's first command) with --courses courses in the
// municipality (default 1,000), approved through the API for ten workers, a tenth of them the demo worker's, which are
// moved in and given meetings, a plan, a network and compass scores through the services' APIs. The demo
// worker logs in through the web app's own log-in page, and each of her course's pages (the overview and every section
// page) is fetched over real HTTP as her browser would, each page's time measured from request to last byte: the web
// app's server time, which includes its calls to the services. Target: p95 ≤ 150 ms for every page.
var courses = CommandLineOption.Int(args, "--courses", 1_000);
var samples = CommandLineOption.Int(args, "--samples", 200);
const string DemoWorker = "demo-cti-worker";
string[] sections = ["", "/plan", "/checklists", "/meetings", "/network", "/compass", "/safety", "/hand-over", "/outcome", "/commands"];

// The edge's limits are for people, not for seeding a municipality's worth of referrals.
await using var host = await StandaloneProcess.StartAsync(
    TimeSpan.FromMinutes(3),
    "--GatewayOptions:RateLimits:referral-submission:PermitLimit", "1000000", "--GatewayOptions:OverallRateLimit:PermitLimit", "1000000",
    "--Logging:LogLevel:Default", "Warning");
using var lead = host.Client("team-lead");
using var shelter = host.Client("shelter");
using var committee = host.Client("visitation-committee");
using var worker = host.Client("cti-worker");
var workers = Enumerable.Range(0, 10).Select(n => n == 0 ? DemoWorker : $"demo-medarbejder-{n}").ToArray();
foreach (var id in workers)
{
    (await lead.PostAsJsonAsync("/api/referrals/workers", new { workerId = id })).EnsureSuccessStatusCode();
}

var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen")).Date);
var meetings = (await committee.GetFromJsonAsync<DateOnly[]>($"/api/referrals/committee/meetings?from={Iso(today.AddDays(-40))}&count=10"))!;
var meeting = Iso(meetings.Where(d => d <= today).Max());
var seeding = Stopwatch.StartNew();
var mine = new System.Collections.Concurrent.ConcurrentBag<string>();
await Parallel.ForEachAsync(Enumerable.Range(0, courses), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (n, ct) =>
{
    var submitted = await shelter.PostAsJsonAsync("/api/referrals", Referral(today), ct);
    var id = (await submitted.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetString()!;
    var assigned = workers[n % workers.Length];
    (await committee.PostAsJsonAsync($"/api/referrals/{id}/approve", new
    {
        meetingDate = meeting, participants = new[] { assigned, "demo-udvalg-danner" }, workerId = assigned,
        caseloadOverrideReason = "Benchmark: én kommunes forløb",
    }, ct)).EnsureSuccessStatusCode();
    if (assigned == DemoWorker)
    {
        mine.Add(id);
    }
});

// Every service learns the courses from the approvals through the bus; wait until the last has arrived everywhere.
foreach (var id in mine)
{
    await Eventually.Until(async () => (await worker.GetAsync($"/api/courses/{id}")).StatusCode, s => s == HttpStatusCode.OK, TimeSpan.FromMinutes(5), "the lifecycle's course");
    await Eventually.Until(async () => (await worker.GetAsync($"/api/safety/courses/{id}")).StatusCode, s => s == HttpStatusCode.OK, TimeSpan.FromMinutes(5), "the safety course");
    await Eventually.Until(async () => (await worker.GetAsync($"/api/tracking/courses/{id}/hand-over-plan")).StatusCode, s => s == HttpStatusCode.OK, TimeSpan.FromMinutes(5), "the tracked course");
}

// The demo worker's courses are then in phase 1 with the history a course page shows: the move-in, twenty meetings
// planned with notes, a CTI plan of three focus areas, five people in her network and the starting compass.
var notes = string.Concat(Enumerable.Repeat("Vi talte om økonomi, bolig og netværk. ", 5));
string[] dimensions = ["Safety", "SelfCare", "SocialNetwork", "PhysicalHealth", "MentalHealth", "Housing", "Economy", "WorkAttachment", "ChildrensWellBeing", "Stimulants"];
await Parallel.ForEachAsync(mine, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (id, ct) =>
{
    (await worker.PostAsJsonAsync($"/api/courses/{id}/move-in", new { moveInDate = Iso(today) }, ct)).EnsureSuccessStatusCode();
    await Eventually.Until(
        async () => await worker.GetAsync($"/api/tracking/courses/{id}", ct) is { IsSuccessStatusCode: true } found
            ? (await found.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("stage").GetString()
            : null,
        stage => stage == "Phase1", TimeSpan.FromMinutes(5), "course tracking's record in phase 1");
    for (var week = 1; week <= 20; week++)
    {
        (await worker.PostAsJsonAsync($"/api/tracking/courses/{id}/meetings", new
        {
            kind = week % 3 == 0 ? "Phone" : "HomeVisit", date = Iso(today.AddDays(7 * week)), time = "10:00", durationMinutes = 60, notes,
        }, ct)).EnsureSuccessStatusCode();
    }

    (await worker.PostAsJsonAsync($"/api/tracking/courses/{id}/plan", new
    {
        focusAreas = new[] { "Housing", "Economy", "NetworkAndSocialRelations" }.Select(theme => new
        {
            theme,
            goals = new[] { "Et mål der kan nås i fasen", "Et mål mere" },
            activities = new[] { new { description = "En aftalt aktivitet", responsible = "Her" }, new { description = "En aktivitet mere", responsible = "Worker" } },
        }),
    }, ct)).EnsureSuccessStatusCode();
    for (var person = 0; person < 5; person++)
    {
        (await worker.PostAsJsonAsync($"/api/tracking/courses/{id}/network", new
        {
            kind = "Person", role = "FamilyOrRelative", sector = "Family", distance = 1 + (person % 3), active = true, consent = person % 2 == 0,
            name = $"Netværksperson {person}", helpsWith = "Praktisk hjælp",
        }, ct)).EnsureSuccessStatusCode();
    }

    foreach (var respondent in new[] { "Her", "Worker" })
    {
        (await worker.PutAsJsonAsync($"/api/tracking/courses/{id}/compass", new
        {
            occasion = "Start", respondent, scores = dimensions.Select((d, n) => new { dimension = d, score = 3 + (n % 6) }),
        }, ct)).EnsureSuccessStatusCode();
    }
});

Console.WriteLine($"seeded {courses} courses ({mine.Count} the demo worker's) in {seeding.Elapsed.TotalSeconds:F1} s");

using var browser = await LogInAsync(host.Address);
var ids = mine.ToArray();
var random = new Random(7);
var perPage = sections.ToDictionary(s => s, _ => new List<double>());
for (var i = -20; i < samples; i++)
{
    var id = ids[random.Next(ids.Length)];
    foreach (var section in sections)
    {
        var one = Stopwatch.StartNew();
        using var response = await browser.GetAsync($"/worker/courses/{id}{section}");
        await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"/worker/courses/{{id}}{section} answered {(int)response.StatusCode}.");
        }

        if (i >= 0)
        {
            perPage[section].Add(one.Elapsed.TotalMilliseconds);
        }
    }
}

var met = true;
foreach (var (section, times) in perPage)
{
    var p95 = Percentile(times, 95);
    met &= p95 <= 150;
    Console.WriteLine($"/worker/courses/{{id}}{section,-11} p50 {Percentile(times, 50),6:F1} ms, p95 {p95,6:F1} ms, max {times.Max(),6:F1} ms over {times.Count} pages (target p95 ≤ 150 ms)");
}

Console.WriteLine($"cores:                   {Environment.ProcessorCount}");
return met ? 0 : 1;

static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

static double Percentile(List<double> values, int percentile)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

static object Referral(DateOnly today) => new
{
    woman = new { name = "Benchmark Kvinde", dateOfBirth = "1990-04-01", phone = "+4512345678", preferredLanguage = "da", interpreterNeeded = false },
    criteria = Enumerable.Range(1, 6).Select(i => new { criterion = i, met = i <= 2, justification = "Vurderet" }),
    actionPlanDate = Iso(today.AddDays(-30)),
    expectedMoveOutDate = Iso(today.AddDays(10)),
    consentToShareHistory = true,
    shelterContact = new { name = "Kontakt", phone = "+4587654321" },
    situation = new
    {
        wantsCti = true, shelterEnteredOn = Iso(today.AddDays(-60)), homeAllocated = true,
        homeAvailableFrom = Iso(today.AddDays(10)), protectedAddress = false, smsSafe = true,
    },
};

// The demo worker's session as her browser holds it: the log-in page's antiforgery token posted back with its cookie,
// then the session cookie. The cookies are Secure, which a browser honours on 127.0.0.1 but .NET's cookie container
// does not on plain HTTP, so they are carried by hand.
static async Task<HttpClient> LogInAsync(Uri address)
{
    var cookies = new Dictionary<string, string>();
    var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = address };
    void Keep(HttpResponseMessage response)
    {
        foreach (var cookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = cookie.Split(';')[0].Split('=', 2);
            cookies[pair[0]] = pair[1];
        }

        client.DefaultRequestHeaders.Remove("Cookie");
        client.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
    }

    using var form = await client.GetAsync("/login");
    Keep(form);
    var token = Regex.Match(await form.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    using var login = await client.PostAsync("/login", new FormUrlEncodedContent([new("role", "cti-worker"), new("__RequestVerificationToken", token)]));
    if (login.StatusCode != HttpStatusCode.Redirect)
    {
        throw new InvalidOperationException($"The demo log-in answered {(int)login.StatusCode}.");
    }

    Keep(login);
    return client;
}
