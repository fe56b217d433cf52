using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using CtiPlatform.Contracts.Safety;
using CtiPlatform.CourseTracking.Api;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;
using Microsoft.Extensions.Options;

namespace CtiPlatform.CourseTracking.Tests;

/// <summary>
/// Her network overview and map: data and a well-formed SVG, names only with her consent, details encrypted at rest, and
/// a warning the worker confirms when a name or number matches her never-contact list.
/// </summary>
public sealed class NetworkTests(CourseTrackingFixture fixture) : IClassFixture<CourseTrackingFixture>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private readonly Lifecycle lifecycle = new(fixture);

    [Fact]
    public async Task The_network_is_data_and_a_well_formed_svg_map_with_names_only_for_persons_she_consented_to_share()
    {
        var id = await lifecycle.InContactPeriodAsync("worker-network");
        var worker = fixture.Worker("worker-network");
        var lead = fixture.TeamLead();

        var mona = await AddAsync(worker, id, Person("Mona Jensen", "Family", "FamilyOrRelative", 1, consent: true, phone: "12 34 56 78", helpsWith: "Passer børnene om onsdagen"));
        var hidden = await AddAsync(worker, id, Person("Bodil Hemmelig", "Professionals", "AdultCaseworker", 2, consent: false));
        var workersView = await ReadAsync(worker, id);
        var leadsView = await ReadAsync(lead, id);
        var workersMap = await SvgAsync(worker, id);
        var leadsMap = await SvgAsync(lead, id);
        var moved = await worker.PutAsJsonAsync($"{Path(id)}/{mona.Id}", Person("Mona Jensen", "Family", "FamilyOrRelative", 2, consent: true, phone: "12 34 56 78", active: false), TestJson.Options);
        var leadChangesHidden = await lead.PutAsJsonAsync($"{Path(id)}/{hidden.Id}", Person("Bodil Hemmelig", "Professionals", "AdultCaseworker", 3, consent: true), TestJson.Options);

        Assert.Equal(["Mona Jensen", "Bodil Hemmelig"], workersView.Persons.Select(p => p.Name));
        Assert.Equal(0, workersView.NotConsentedCount);
        var first = workersView.Persons[0];
        Assert.Equal(("Familie", "Familie/pårørende", "Person", "12 34 56 78", "Passer børnene om onsdagen", false), (first.SectorLabel, first.RoleLabel, first.KindLabel, first.Phone, first.HelpsWith, first.NeverContactWarning));
        Assert.Equal([mona.Id], leadsView.Persons.Select(p => p.Id));
        var changed = (await moved.Content.ReadFromJsonAsync<NetworkPersonView>(TestJson.Options))!;
        Assert.Equal((mona.Id, 2, false, (string?)null), (changed.Id, changed.Distance, changed.Active, changed.HelpsWith));
        Assert.Equal((2, false), ((await ReadAsync(worker, id)).Persons[0].Distance, (await ReadAsync(worker, id)).Persons[0].Active));
        Assert.Equal(1, leadsView.NotConsentedCount);
        Assert.Equal(HttpStatusCode.NotFound, leadChangesHidden.StatusCode);

        Assert.Equal("Netværkskort: personerne omkring kvinden i fem felter og i den afstand, hun har valgt", workersMap.Element(Svg + "title")?.Value);
        var workersDesc = workersMap.Element(Svg + "desc")!.Value;
        Assert.Contains("Familie: Mona Jensen, Familie/pårørende, afstand 1.", workersDesc);
        Assert.Contains("Professionelle: Sagsbehandler (voksenområdet) (uden samtykke), Sagsbehandler (voksenområdet), afstand 2.", workersDesc);
        Assert.Contains("Mona Jensen", Texts(workersMap));
        Assert.Contains("Sagsbehandler (voksenområdet) (uden samtykke)", Texts(workersMap));
        Assert.Equal(["Familie", "Slægt", "Andre (naboer, venner)", "Arbejde, skole", "Professionelle"], Texts(workersMap).Where(t => t is "Familie" or "Slægt" or "Andre (naboer, venner)" or "Arbejde, skole" or "Professionelle"));
        Assert.Equal(3 + 2, workersMap.Descendants(Svg + "circle").Count());
        Assert.DoesNotContain("Bodil", workersMap.ToString());
        Assert.Contains("1 personer vises ikke, fordi kvinden ikke har givet samtykke til det.", leadsMap.Element(Svg + "desc")!.Value);
        Assert.Equal(3 + 1, leadsMap.Descendants(Svg + "circle").Count());
        Assert.DoesNotContain("Bodil", leadsMap.ToString());
    }

    [Fact]
    public async Task A_canary_name_phone_and_e_mail_of_a_network_person_are_absent_in_clear_from_the_database_log_and_messages()
    {
        const string name = "Kanariefugl Nielsen-Canary";
        const string phone = "+45 31 41 59 26";
        const string email = "kanariefugl@example.invalid";
        var id = await lifecycle.InContactPeriodAsync("worker-network-canary");
        var worker = fixture.Worker("worker-network-canary");

        var added = await AddAsync(worker, id, Person(name, "Others", "Other", 2, consent: true, phone: phone, email: email, helpsWith: "Kanariefugl hjælper"));
        var read = await ReadAsync(fixture.TeamLead(), id);

        Assert.Equal((name, phone, email), (read.Persons.Single().Name, read.Persons.Single().Phone, read.Persons.Single().Email));
        var stored = await fixture.Rows.DumpAsync("network_persons", "never_contact_listings", "outbox_messages");
        var messages = string.Join('\n', fixture.Bus.Received.Select(m => m.Body + m.Headers));
        foreach (var canary in new[] { "Kanariefugl", "31 41 59 26", "31415926", email })
        {
            Assert.DoesNotContain(canary, stored, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(fixture.Logs.Lines, line => line.Contains(canary, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(canary, messages, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains(added.Id.ToString(), stored);
    }

    [Fact]
    public async Task A_name_or_number_on_her_never_contact_list_is_a_warning_the_worker_confirms_and_a_later_listing_flags_an_existing_person()
    {
        var id = await lifecycle.InContactPeriodAsync("worker-never-contact");
        var worker = fixture.Worker("worker-never-contact");
        var listedPerson = Guid.NewGuid();
        var changedAt = fixture.Clock.GetUtcNow();

        var existing = await AddAsync(worker, id, Person("Karl Kanin", "Relatives", "FamilyOrRelative", 3, consent: true, phone: "+45 87 65 43 21"));
        await ListAsync(id, listedPerson, changedAt, phone: "87654321", name: "Ole Olsen");
        var flagged = await Eventually.Until(() => ReadAsync(worker, id), n => n.Persons.Single(p => p.Id == existing.Id).NeverContactWarning, TimeSpan.FromSeconds(30), "the existing person flagged");
        var unconfirmed = await worker.PostAsJsonAsync(Path(id), Person("  ole   OLSEN ", "Others", "Other", 2, consent: false), TestJson.Options);
        var countAfterRefusal = await fixture.Rows.CountAsync("select count(*) from network_persons where course_id = @id", id);
        var confirmed = await worker.PostAsJsonAsync(Path(id), Person("  ole   OLSEN ", "Others", "Other", 2, consent: false, confirm: true), TestJson.Options);
        var notMatching = await AddAsync(worker, id, Person("Olga Olsen", "Others", "Other", 1, consent: true, phone: "87654320"));

        var problem = await unconfirmed.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("NeverContactWarning", problem.ToString());
        Assert.DoesNotContain("Ole", problem.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, countAfterRefusal);
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
        var warned = (await confirmed.Content.ReadFromJsonAsync<NetworkPersonView>(TestJson.Options))!;
        Assert.True(warned.NeverContactWarning);
        Assert.Equal("Advarsel: Personen kan være på kvindens liste over personer, der ikke må kontaktes. Tal med kvinden og se sikkerhedsplanen, før der tages kontakt.", warned.NeverContactWarningText);
        Assert.Equal(warned.NeverContactWarningText, flagged.Persons.Single(p => p.Id == existing.Id).NeverContactWarningText);
        Assert.False(notMatching.NeverContactWarning);

        // Removed: the flags go. A listing older than the removal, arriving late, brings nothing back.
        await fixture.Bus.PublishAsync(new NeverContactPersonRemoved { CourseId = id, TenantId = TestTokens.TenantA, PersonId = listedPerson, ChangedAt = changedAt.AddMinutes(2) }, TestTokens.TenantA);
        await Eventually.Until(() => ReadAsync(worker, id), n => n.Persons.All(p => !p.NeverContactWarning), TimeSpan.FromSeconds(30), "the flags removed");
        var late = await ListAsync(id, listedPerson, changedAt.AddMinutes(1), phone: "87654321", name: "Ole Olsen");
        await Eventually.Until(
            () => fixture.Rows.CountAsync("select count(*) from inbox_messages where message_id = @id", late), n => n > 0, TimeSpan.FromSeconds(30), "the late listing consumed");
        Assert.All((await ReadAsync(worker, id)).Persons, p => Assert.False(p.NeverContactWarning));
    }

    [Fact]
    public async Task Bad_input_is_400_naming_the_field_and_nothing_is_added_to_a_closed_course()
    {
        var id = await lifecycle.InContactPeriodAsync("worker-network-bad");
        var worker = fixture.Worker("worker-network-bad");

        var tooFar = await worker.PostAsJsonAsync(Path(id), Person("Anna", "Family", "FamilyOrRelative", 4, consent: true), TestJson.Options);
        var noName = await worker.PostAsJsonAsync(Path(id), Person("", "Family", "FamilyOrRelative", 1, consent: true), TestJson.Options);
        var badPhone = await worker.PostAsJsonAsync(Path(id), Person("Anna", "Family", "FamilyOrRelative", 1, consent: true, phone: "ring til Anna"), TestJson.Options);
        var noSector = await worker.PostAsJsonAsync(Path(id), new { kind = "Person", role = "Other", distance = 1, name = "Anna" }, TestJson.Options);
        await lifecycle.CloseAsync(id, "worker-network-bad", fixture.Today, fixture.Today.AddDays(30));
        var closed = await worker.PostAsJsonAsync(Path(id), Person("Anna", "Family", "FamilyOrRelative", 1, consent: true), TestJson.Options);

        Assert.True((await tooFar.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("distance", out _));
        Assert.True((await noName.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("name", out _));
        Assert.True((await badPhone.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("phone", out _));
        Assert.True((await noSector.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("sector", out _));
        await closed.AssertRuleAsync("CourseClosed");
        Assert.Empty((await ReadAsync(worker, id)).Persons);
    }

    [Fact]
    public async Task Every_network_endpoint_answers_not_found_to_another_worker_and_to_another_municipality()
    {
        var id = await lifecycle.InContactPeriodAsync("worker-own-network");
        var person = await AddAsync(fixture.Worker("worker-own-network"), id, Person("Mona Jensen", "Family", "FamilyOrRelative", 1, consent: true));

        foreach (var stranger in new[] { fixture.Worker("worker-network-stranger"), fixture.TeamLead(TestTokens.TenantB), fixture.Worker("worker-own-network", TestTokens.TenantB) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(Path(id))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"{Path(id)}/map.svg")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync(Path(id), Person("Anna", "Family", "FamilyOrRelative", 1, consent: true), TestJson.Options)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.PutAsJsonAsync($"{Path(id)}/{person.Id}", Person("Anna", "Family", "FamilyOrRelative", 2, consent: true), TestJson.Options)).StatusCode);
        }

        Assert.Equal(["Mona Jensen"], (await ReadAsync(fixture.Worker("worker-own-network"), id)).Persons.Select(p => p.Name));
    }

    [Fact]
    public async Task Reading_the_network_as_data_or_as_a_map_is_access_logged()
    {
        var id = await lifecycle.InContactPeriodAsync("worker-network-log");

        await fixture.TeamLead().GetAsync(Path(id));
        await fixture.Worker("worker-network-log").GetAsync($"{Path(id)}/map.svg");

        using var admin = fixture.Host.Client(Roles.TenantAdmin);
        var entries = await admin.GetFromJsonAsync<AccessLogEntryView[]>($"{TrackedCoursesApi.Prefix}/access-log?subjectType=course-network&subjectId={id}", TestJson.Options);
        Assert.Contains(entries!, e => e is { Action: AccessAction.Read, ActorId: "lead-1", Purpose: AccessPurposes.CaseloadManagement });
        Assert.Contains(entries!, e => e is { Action: AccessAction.Read, ActorId: "worker-network-log", Purpose: AccessPurposes.CaseHandling });
    }

    private static string Path(Guid id) => $"{Meetings.Path(id)}/network";

    private static object Person(
        string name, string sector, string role, int distance, bool consent, string? phone = null, string? email = null, string? helpsWith = null, bool confirm = false, bool active = true) =>
        new { kind = "Person", role, sector, distance, active, consent, name, phone, email, helpsWith, confirmNeverContactWarning = confirm };

    private static async Task<NetworkPersonView> AddAsync(HttpClient client, Guid id, object person)
    {
        var response = await client.PostAsJsonAsync(Path(id), person, TestJson.Options);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<NetworkPersonView>(TestJson.Options))!;
    }

    private static async Task<NetworkView> ReadAsync(HttpClient client, Guid id) => (await client.GetFromJsonAsync<NetworkView>(Path(id), TestJson.Options))!;

    private static IEnumerable<string> Texts(XElement svg) => svg.Descendants(Svg + "text").Select(t => t.Value);

    private static async Task<XElement> SvgAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"{Path(id)}/map.svg");
        response.EnsureSuccessStatusCode();
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Svg + "svg", svg.Name);
        return svg;
    }

    /// <summary>Safety planning lists a never-contact person of the course, with fingerprints under the test run's ring; returns the message id.</summary>
    private async Task<Guid> ListAsync(Guid courseId, Guid personId, DateTimeOffset changedAt, string phone, string name)
    {
        var ring = TestKeyRings.ContactMatching().Where(k => k.Key.StartsWith("ContactMatchingOptions:Keys:", StringComparison.Ordinal))
            .ToDictionary(k => k.Key["ContactMatchingOptions:Keys:".Length..], k => k.Value!);
        var fingerprinter = new ContactFingerprinter(Options.Create(new ContactMatchingOptions { Keys = ring, CurrentKeyId = ring.Keys.First() }));
        var messageId = Guid.NewGuid();
        await fixture.Bus.PublishAsync(new NeverContactPersonListed
        {
            CourseId = courseId, TenantId = TestTokens.TenantA, PersonId = personId, ChangedAt = changedAt,
            Fingerprints =
            [
                .. fingerprinter.PhoneHashes(TestTokens.TenantA, phone).Select(h => new ContactFingerprint { KeyId = h.KeyId, Kind = ContactFingerprintKind.Phone, Hash = h.Hash }),
                .. fingerprinter.NameHashes(TestTokens.TenantA, name).Select(h => new ContactFingerprint { KeyId = h.KeyId, Kind = ContactFingerprintKind.Name, Hash = h.Hash }),
            ],
        }, TestTokens.TenantA, messageId);
        return messageId;
    }
}
