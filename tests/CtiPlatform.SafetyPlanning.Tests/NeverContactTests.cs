using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CtiPlatform.Contracts.Safety;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.SafetyPlanning.Api;
using CtiPlatform.SafetyPlanning.Domain;
using CtiPlatform.Testing;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CtiPlatform.SafetyPlanning.Tests;

/// <summary>
/// Her never-contact list (decision 607): names and numbers sealed at rest, read by her worker and a team lead with
/// every read access-logged, and every change published through the outbox as keyed fingerprints only (decision 033).
/// </summary>
public sealed class NeverContactTests(SafetyFixture fixture) : IClassFixture<SafetyFixture>
{
    private const string CanaryName = "Kanariefugl Kragesen";
    private const string CanaryDigits = "71829364";
    private const string CanaryPhone = "+45 71 82 93 64";
    private const string CanaryReason = "Forsonet efter mægling i Kanariehuset";
    private readonly SafetyClient safety = new(fixture);

    [Fact]
    public async Task Listing_changing_and_removing_each_publish_one_event_through_the_outbox_with_fingerprints_only()
    {
        var courseId = await safety.ApprovedCourseAsync("medarbejder-liste");
        using var worker = safety.Worker("medarbejder-liste");

        var listed = await worker.PostAsJsonAsync(List(courseId), new NeverContactPersonRequest(NeverContactRelation.ExPartner, ["Bjørn Hansen", " Bjørnen "], ["+45 20 30 40 50"]), TestJson.Options);
        var person = (await listed.Content.ReadFromJsonAsync<NeverContactPersonView>(TestJson.Options))!;
        Assert.Equal(HttpStatusCode.Created, listed.StatusCode);
        Assert.Equal($"{List(courseId)}/{person.Id}", listed.Headers.Location!.OriginalString);
        Assert.Equal("Tidligere partner", person.RelationLabel);
        (await worker.PutAsJsonAsync($"{List(courseId)}/{person.Id}", new NeverContactPersonRequest(NeverContactRelation.ExPartner, ["Bjørn Hansen"], ["0045 60708090"]), TestJson.Options))
            .EnsureSuccessStatusCode();
        var changed = (await worker.GetFromJsonAsync<NeverContactPersonView>($"{List(courseId)}/{person.Id}", TestJson.Options))!;
        Assert.Equal(["0045 60708090"], changed.PhoneNumbers);
        (await worker.PostAsJsonAsync($"{List(courseId)}/{person.Id}/removal", new RemoveNeverContactPersonRequest("Hun ønsker kontakt igen"), TestJson.Options))
            .EnsureSuccessStatusCode();

        await Eventually.Until(() => Task.FromResult(fixture.Bus.Of<NeverContactPersonRemoved>(courseId)), m => m.Count == 1, TimeSpan.FromSeconds(30), "the removal published");
        var events = fixture.Bus.Of<NeverContactPersonListed>(courseId);
        Assert.Equal(2, events.Count);
        var fingerprinter = Fingerprinter();
        Assert.Equal(
            [.. Hashes(fingerprinter.PhoneHashes(TestTokens.TenantA, "20304050"), ContactFingerprintKind.Phone), .. Hashes(fingerprinter.NameHashes(TestTokens.TenantA, "bjørn hansen"), ContactFingerprintKind.Name),
             .. Hashes(fingerprinter.NameHashes(TestTokens.TenantA, "Bjørnen"), ContactFingerprintKind.Name)],
            Fingerprints(events[0]));
        Assert.Equal(
            [.. Hashes(fingerprinter.PhoneHashes(TestTokens.TenantA, "60708090"), ContactFingerprintKind.Phone), .. Hashes(fingerprinter.NameHashes(TestTokens.TenantA, "Bjørn Hansen"), ContactFingerprintKind.Name)],
            Fingerprints(events[1]));
        Assert.Equal(["changedAt", "courseId", "fingerprints", "personId", "tenantId"], MessageFields(events[1]));
        Assert.Equal(["changedAt", "courseId", "personId", "tenantId"], MessageFields(Assert.Single(fixture.Bus.Of<NeverContactPersonRemoved>(courseId))));
        Assert.Empty((await worker.GetFromJsonAsync<NeverContactPersonView[]>(List(courseId), TestJson.Options))!);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"{List(courseId)}/{person.Id}")).StatusCode);
    }

    [Fact]
    public async Task Her_worker_and_a_team_lead_read_the_list_uncached_and_every_read_is_access_logged_with_its_purpose()
    {
        var courseId = await safety.ApprovedCourseAsync("medarbejder-laeser");
        using var worker = safety.Worker("medarbejder-laeser");
        using var lead = safety.TeamLead();
        var person = await ListedAsync(worker, courseId, new NeverContactPersonRequest(NeverContactRelation.HisFamily, ["Karl Hansen"], []));

        var byWorker = await worker.GetAsync(List(courseId));
        var byLead = await lead.GetAsync($"{List(courseId)}/{person.Id}");

        Assert.Equal("Hans familie", Assert.Single((await byWorker.Content.ReadFromJsonAsync<NeverContactPersonView[]>(TestJson.Options))!).RelationLabel);
        Assert.Equal(["Karl Hansen"], (await byLead.Content.ReadFromJsonAsync<NeverContactPersonView>(TestJson.Options))!.Names);
        Assert.True(byWorker.Headers.CacheControl!.NoStore);
        Assert.True(byLead.Headers.CacheControl!.NoStore);
        var reads = (await AccessLogAsync(courseId)).Where(e => e.Action == AccessAction.Read).ToList();
        Assert.Contains(reads, e => e.ActorId == "medarbejder-laeser" && e.Purpose == AccessPurposes.CaseHandling);
        Assert.Contains(reads, e => e.ActorId == "teamleder-" + TestTokens.TenantA && e.Purpose == AccessPurposes.CaseloadManagement);
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_the_field_and_the_rule_and_nothing_is_written()
    {
        var courseId = await safety.ApprovedCourseAsync("medarbejder-forkert");
        using var worker = safety.Worker("medarbejder-forkert");
        var person = await ListedAsync(worker, courseId, new NeverContactPersonRequest(NeverContactRelation.HisCircle, ["Ole Ven"], ["20304050"]));

        foreach (var (request, field, rule) in new (object Request, string Field, string Rule)[]
                 {
                     (new { names = new[] { "Ole Ven" } }, "relation", "NotNull"),
                     (new NeverContactPersonRequest(NeverContactRelation.Other, [], []), "names", "NotEmpty"),
                     (new NeverContactPersonRequest(NeverContactRelation.Other, ["a", "b", "c", "d", "e", "f"], []), "names", "LessThanOrEqual"),
                     (new NeverContactPersonRequest(NeverContactRelation.Other, [new string('x', 201)], []), "names[0]", "MaximumLength"),
                     (new NeverContactPersonRequest(NeverContactRelation.Other, ["Ole Ven"], ["1234"]), "phoneNumbers[0]", "PhoneNumberDigits"),
                     (new NeverContactPersonRequest(NeverContactRelation.Other, ["Ole Ven"], ["ring 20304050"]), "phoneNumbers[0]", "RegularExpression"),
                 })
        {
            await (await worker.PostAsJsonAsync(List(courseId), request, TestJson.Options)).AssertFieldRuleAsync(HttpStatusCode.BadRequest, field, rule);
            await (await worker.PutAsJsonAsync($"{List(courseId)}/{person.Id}", request, TestJson.Options)).AssertFieldRuleAsync(HttpStatusCode.BadRequest, field, rule);
        }

        // A relation outside the codes cannot be read at all: the kit's 400 for a body it cannot bind.
        await (await worker.PostAsJsonAsync(List(courseId), new { relation = "Neighbour", names = new[] { "Ole Ven" } }, TestJson.Options))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await worker.PostAsJsonAsync($"{List(courseId)}/{person.Id}/removal", new RemoveNeverContactPersonRequest(" "), TestJson.Options))
            .AssertFieldRuleAsync(HttpStatusCode.BadRequest, "reason", "NotEmpty");
        var list = (await worker.GetFromJsonAsync<NeverContactPersonView[]>(List(courseId), TestJson.Options))!;
        Assert.Equal((person.Id, NeverContactRelation.HisCircle, "20304050"), (Assert.Single(list).Id, list[0].Relation, Assert.Single(list[0].PhoneNumbers)));
    }

    [Fact]
    public async Task Every_endpoint_answers_404_to_an_unassigned_worker_and_to_another_municipality()
    {
        var courseId = await safety.ApprovedCourseAsync("medarbejder-404-liste");
        using var own = safety.Worker("medarbejder-404-liste");
        var person = await ListedAsync(own, courseId, new NeverContactPersonRequest(NeverContactRelation.ExPartner, ["Hemmelig Mand"], []));
        var request = new NeverContactPersonRequest(NeverContactRelation.ExPartner, ["Hemmelig Mand"], []);

        foreach (var caller in new[] { safety.Worker("medarbejder-ikke-tildelt"), safety.Worker("medarbejder-404-liste", TestTokens.TenantB), safety.TeamLead(TestTokens.TenantB) })
        {
            using (caller)
            {
                foreach (var response in new[]
                         {
                             await caller.GetAsync(List(courseId)),
                             await caller.GetAsync($"{List(courseId)}/{person.Id}"),
                             await caller.PostAsJsonAsync(List(courseId), request, TestJson.Options),
                             await caller.PutAsJsonAsync($"{List(courseId)}/{person.Id}", request, TestJson.Options),
                             await caller.PostAsJsonAsync($"{List(courseId)}/{person.Id}/removal", new RemoveNeverContactPersonRequest("Grund"), TestJson.Options),
                         })
                {
                    Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                    Assert.DoesNotContain("Hemmelig", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                }
            }
        }

        Assert.Single((await own.GetFromJsonAsync<NeverContactPersonView[]>(List(courseId), TestJson.Options))!);
    }

    [Fact]
    public async Task A_canary_name_and_number_are_absent_in_clear_from_the_database_logs_messages_and_problems()
    {
        var courseId = await safety.ApprovedCourseAsync("medarbejder-k9");
        using var worker = safety.Worker("medarbejder-k9");
        var problems = new StringBuilder();
        var kept = await ListedAsync(worker, courseId, new NeverContactPersonRequest(NeverContactRelation.ExPartner, [CanaryName], [CanaryPhone]));
        var removed = await ListedAsync(worker, courseId, new NeverContactPersonRequest(NeverContactRelation.HisFamily, [CanaryName + " Senior"], [CanaryDigits]));
        (await worker.PutAsJsonAsync($"{List(courseId)}/{kept.Id}", new NeverContactPersonRequest(NeverContactRelation.ExPartner, [CanaryName, "Kanarie"], [CanaryPhone]), TestJson.Options))
            .EnsureSuccessStatusCode();
        (await worker.PostAsJsonAsync($"{List(courseId)}/{removed.Id}/removal", new RemoveNeverContactPersonRequest(CanaryReason), TestJson.Options)).EnsureSuccessStatusCode();
        foreach (var refused in new object[]
                 {
                     new NeverContactPersonRequest(NeverContactRelation.ExPartner, [CanaryName + new string('x', 200)], [CanaryPhone]),
                     new NeverContactPersonRequest(NeverContactRelation.ExPartner, [CanaryName], [CanaryDigits + "99999999"]),
                     new NeverContactPersonRequest(NeverContactRelation.ExPartner, [CanaryName], ["Kanarie " + CanaryDigits]),
                     new { relation = "Kanarie", names = new[] { CanaryName }, phoneNumbers = new[] { CanaryPhone } },
                 })
        {
            var response = await worker.PostAsJsonAsync(List(courseId), refused, TestJson.Options);
            Assert.False(response.IsSuccessStatusCode);
            problems.AppendLine(await response.Content.ReadAsStringAsync());
        }

        await Eventually.Until(() => Task.FromResult(fixture.Bus.Of<NeverContactPersonRemoved>(courseId)), m => m.Count == 1, TimeSpan.FromSeconds(30), "every event published");
        Assert.Equal(3, fixture.Bus.Of<NeverContactPersonListed>(courseId).Count);

        var rows = await EveryRowAsTextAsync();
        foreach (var canary in new[] { "Kanarie", CanaryDigits, "71 82 93 64" })
        {
            Assert.DoesNotContain(canary, rows, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(fixture.Logs.Lines, line => line.Contains(canary, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(fixture.Bus.Received, m => (m.Body + m.Headers).Contains(canary, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(canary, problems.ToString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    internal static ContactFingerprinter Fingerprinter(params (string Id, string Key)[] extra)
    {
        var ring = TestKeyRings.ContactMatching().ToDictionary(k => k.Key, k => k.Value);
        var keys = ring.Where(k => k.Key.StartsWith("ContactMatchingOptions:Keys:", StringComparison.Ordinal))
            .ToDictionary(k => k.Key["ContactMatchingOptions:Keys:".Length..], k => k.Value!);
        foreach (var (id, key) in extra)
        {
            keys[id] = key;
        }

        return new ContactFingerprinter(Options.Create(new ContactMatchingOptions { Keys = keys, CurrentKeyId = extra.Length > 0 ? extra[0].Id : ring["ContactMatchingOptions:CurrentKeyId"] }));
    }

    internal static string[] Fingerprints(CapturedMessage message) =>
        [.. JsonDocument.Parse(message.Body).RootElement.GetProperty("message").GetProperty("fingerprints").EnumerateArray()
            .Select(f => $"{f.GetProperty("keyId").GetString()}/{f.GetProperty("kind")}/{f.GetProperty("hash").GetString()}")];

    internal static IEnumerable<string> Hashes(IEnumerable<ContactHash> hashes, ContactFingerprintKind kind) =>
        hashes.Select(h => $"{h.KeyId}/{(int)kind}/{h.Hash}");

    internal static string List(Guid courseId) => $"{SafetyClient.Prefix}/{courseId}/never-contact";

    internal static async Task<NeverContactPersonView> ListedAsync(HttpClient worker, Guid courseId, NeverContactPersonRequest request)
    {
        var response = await worker.PostAsJsonAsync(List(courseId), request, TestJson.Options);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<NeverContactPersonView>(TestJson.Options))!;
    }

    private static string[] MessageFields(CapturedMessage message) =>
        [.. JsonDocument.Parse(message.Body).RootElement.GetProperty("message").EnumerateObject().Select(p => p.Name).Order()];

    private async Task<AccessLogEntryView[]> AccessLogAsync(Guid courseId)
    {
        using var admin = safety.Admin();
        return (await admin.GetFromJsonAsync<AccessLogEntryView[]>(
            $"/api/safety/access-log?subjectType=never-contact-list&subjectId={courseId}", TestJson.Options))!;
    }

    /// <summary>Every row of every table of the service's database, as the superuser reads it past row-level security.</summary>
    private async Task<string> EveryRowAsTextAsync()
    {
        await using var connection = new NpgsqlConnection(fixture.Database.AdminConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("select quote_ident(schemaname) || '.' || quote_ident(tablename) from pg_tables where schemaname not in ('pg_catalog', 'information_schema')", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Contains("public.never_contact_people", tables);
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            await using var select = new NpgsqlCommand($"select coalesce(string_agg(t::text, E'\\n'), '') from {table} t", connection);
            text.AppendLine((string)(await select.ExecuteScalarAsync())!);
        }

        Assert.Contains("v2:", text.ToString(), StringComparison.Ordinal);
        return text.ToString();
    }
}
