using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CtiPlatform.Contracts.Safety;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.SafetyPlanning.Api;
using CtiPlatform.SafetyPlanning.Domain;
using CtiPlatform.Testing;
using Npgsql;

namespace CtiPlatform.SafetyPlanning.Tests;

/// <summary>
/// Her protected address: kept for the course's own worker, opened only with a stated purpose and access-logged, and
/// told to the platform only as "protection applies".
/// </summary>
public sealed class ProtectedAddressTests(SafetyFixture fixture) : IClassFixture<SafetyFixture>
{
    private const string Address = "Skjultvej 7, 2. th., 2400 København NV";
    private readonly SafetyClient safety = new(fixture);

    [Fact]
    public async Task The_ordinary_read_shows_that_name_and_address_protection_applies_for_a_year_but_never_the_address()
    {
        var (courseId, worker) = await RegisteredAsync("medarbejder-oversigt", AddressProtectionKind.NameAndAddress);
        using var lead = safety.TeamLead();

        foreach (var reader in new[] { worker, lead })
        {
            var body = await reader.GetStringAsync($"{SafetyClient.Prefix}/{courseId}");
            Assert.DoesNotContain("Skjultvej", body, StringComparison.OrdinalIgnoreCase);
            var overview = JsonSerializer.Deserialize<SafetyOverviewView>(body, TestJson.Options)!;
            Assert.Equal(AddressProtectionKind.NameAndAddress, overview.AddressProtection!.Kind);
            Assert.Equal("Navne- og adressebeskyttelse", overview.AddressProtection.KindLabel);
            Assert.Equal(fixture.Today.AddYears(1), overview.AddressProtection.ExpiresOn);
            Assert.Null(overview.AddressProtection.CprRegistration);
        }
    }

    [Fact]
    public async Task Special_address_protection_is_registered_without_fixed_residence_and_does_not_expire()
    {
        var (courseId, worker) = await RegisteredAsync("medarbejder-saerlig", AddressProtectionKind.Special);

        var overview = (await worker.GetFromJsonAsync<SafetyOverviewView>($"{SafetyClient.Prefix}/{courseId}", TestJson.Options))!;

        Assert.Equal("Særlig adressebeskyttelse", overview.AddressProtection!.KindLabel);
        Assert.Equal("Uden fast bopæl", overview.AddressProtection.CprRegistration);
        Assert.Null(overview.AddressProtection.ExpiresOn);
    }

    [Fact]
    public async Task Opening_the_address_without_a_purpose_is_refused_naming_the_field_and_nothing_is_logged()
    {
        var (courseId, worker) = await RegisteredAsync("medarbejder-uden-formaal", AddressProtectionKind.NameAndAddress);

        var response = await worker.PostAsJsonAsync($"{SafetyClient.Prefix}/{courseId}/protected-address/disclosures", new { });

        await response.AssertFieldRuleAsync(HttpStatusCode.BadRequest, "purpose", "NotNull");
        Assert.DoesNotContain(await AccessLogAsync(courseId), e => e.Action == AccessAction.Read);
    }

    [Fact]
    public async Task Opening_the_address_with_a_purpose_answers_it_uncached_and_writes_who_when_and_why_to_the_access_log()
    {
        var (courseId, worker) = await RegisteredAsync("medarbejder-hjemmebesoeg", AddressProtectionKind.NameAndAddress);

        var response = await worker.PostAsJsonAsync(
            $"{SafetyClient.Prefix}/{courseId}/protected-address/disclosures", new DiscloseAddressRequest(DisclosurePurpose.HomeVisit), TestJson.Options);

        response.EnsureSuccessStatusCode();
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal(Address, (await response.Content.ReadFromJsonAsync<DisclosedAddressView>(TestJson.Options))!.Address);
        var read = Assert.Single(await AccessLogAsync(courseId), e => e.Action == AccessAction.Read);
        Assert.Equal("medarbejder-hjemmebesoeg", read.ActorId);
        Assert.Equal("address-disclosure:home-visit", read.Purpose);
    }

    [Fact]
    public async Task A_team_lead_cannot_open_the_address()
    {
        var (courseId, _) = await RegisteredAsync("medarbejder-leder", AddressProtectionKind.NameAndAddress);
        using var lead = safety.TeamLead();

        var response = await lead.PostAsJsonAsync(
            $"{SafetyClient.Prefix}/{courseId}/protected-address/disclosures", new DiscloseAddressRequest(DisclosurePurpose.HomeVisit), TestJson.Options);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(-365, HttpStatusCode.UnprocessableEntity, "ProtectionAlreadyExpired")]
    [InlineData(-366, HttpStatusCode.BadRequest, "DateRange")]
    [InlineData(366, HttpStatusCode.BadRequest, "DateRange")]
    public async Task A_protection_that_has_run_out_or_a_date_beyond_a_year_is_refused_naming_the_field(int days, HttpStatusCode status, string rule)
    {
        var worker = $"medarbejder-dato{days}";
        var courseId = await safety.ApprovedCourseAsync(worker);
        using var client = safety.Worker(worker);

        var response = await client.PutAsJsonAsync($"{SafetyClient.Prefix}/{courseId}/protected-address",
            new RegisterProtectedAddressRequest(AddressProtectionKind.NameAndAddress, Address, fixture.Today.AddDays(days)), TestJson.Options);

        await response.AssertFieldRuleAsync(status, "registeredOn", rule);
        Assert.Equal(0, await ProtectedRowsAsync(courseId));
    }

    [Fact]
    public async Task A_protection_granted_ahead_for_her_new_home_runs_a_year_from_its_start()
    {
        var courseId = await safety.ApprovedCourseAsync("medarbejder-forud");
        using var worker = safety.Worker("medarbejder-forud");

        var response = await worker.PutAsJsonAsync($"{SafetyClient.Prefix}/{courseId}/protected-address",
            new RegisterProtectedAddressRequest(AddressProtectionKind.NameAndAddress, Address, fixture.Today.AddDays(14)), TestJson.Options);

        response.EnsureSuccessStatusCode();
        Assert.Equal(fixture.Today.AddDays(14).AddYears(1), (await response.Content.ReadFromJsonAsync<AddressProtectionView>(TestJson.Options))!.ExpiresOn);
    }

    [Fact]
    public async Task Registering_and_ending_publish_only_that_protection_applies_and_ending_forgets_the_address()
    {
        var (courseId, worker) = await RegisteredAsync("medarbejder-slut", AddressProtectionKind.NameAndAddress);

        (await worker.DeleteAsync($"{SafetyClient.Prefix}/{courseId}/protected-address")).EnsureSuccessStatusCode();

        var ended = await Eventually.Until(() => Task.FromResult(fixture.Bus.Of<AddressProtectionEnded>(courseId)), m => m.Count > 0,
            TimeSpan.FromSeconds(30), "the end of protection published");
        var registered = Assert.Single(fixture.Bus.Of<AddressProtectionRegistered>(courseId));
        Assert.Equal(["courseId", "registeredAt", "tenantId"], MessageFields(registered));
        Assert.Equal(["courseId", "endedAt", "tenantId"], MessageFields(Assert.Single(ended)));
        Assert.Equal(0, await ProtectedRowsAsync(courseId));
        Assert.Null((await worker.GetFromJsonAsync<SafetyOverviewView>($"{SafetyClient.Prefix}/{courseId}", TestJson.Options))!.AddressProtection);
        var disclosure = await worker.PostAsJsonAsync(
            $"{SafetyClient.Prefix}/{courseId}/protected-address/disclosures", new DiscloseAddressRequest(DisclosurePurpose.HomeVisit), TestJson.Options);
        Assert.Equal(HttpStatusCode.NotFound, disclosure.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_endpoint_answers_404_to_an_unassigned_worker_and_to_another_municipality(string method, string path)
    {
        var (courseId, _) = await RegisteredAsync("medarbejder-404-" + method + path.Length, AddressProtectionKind.NameAndAddress);
        using var unassigned = safety.Worker("medarbejder-ikke-tildelt");
        using var foreignWorker = safety.Worker("medarbejder-404-" + method + path.Length, TestTokens.TenantB);
        using var foreignLead = safety.TeamLead(TestTokens.TenantB);

        var callers = new[] { unassigned, foreignWorker, foreignLead };
        foreach (var caller in callers)
        {
            var response = await SendAsync(caller, method, path.Replace("{id}", courseId.ToString(), StringComparison.Ordinal));
            Assert.True(
                response.StatusCode == HttpStatusCode.NotFound || (caller == foreignLead && response.StatusCode == HttpStatusCode.Forbidden),
                $"{method} {path} as caller {Array.IndexOf(callers, caller)}: {response.StatusCode}");
        }

        Assert.Equal(1, await ProtectedRowsAsync(courseId));
    }

    public static TheoryData<string, string> Endpoints() => new()
    {
        { "GET", SafetyClient.Prefix + "/{id}" },
        { "PUT", SafetyClient.Prefix + "/{id}/protected-address" },
        { "POST", SafetyClient.Prefix + "/{id}/protected-address/disclosures" },
        { "DELETE", SafetyClient.Prefix + "/{id}/protected-address" },
    };

    private static Task<HttpResponseMessage> SendAsync(HttpClient caller, string method, string path) => method switch
    {
        "GET" => caller.GetAsync(path),
        "PUT" => caller.PutAsJsonAsync(path, new RegisterProtectedAddressRequest(AddressProtectionKind.Special, "Andenvej 1", DateOnly.FromDateTime(DateTime.UtcNow)), TestJson.Options),
        "POST" => caller.PostAsJsonAsync(path, new DiscloseAddressRequest(DisclosurePurpose.EmergencyHelp), TestJson.Options),
        _ => caller.DeleteAsync(path),
    };

    private async Task<(Guid CourseId, HttpClient Worker)> RegisteredAsync(string workerId, AddressProtectionKind kind)
    {
        var courseId = await safety.ApprovedCourseAsync(workerId);
        var worker = safety.Worker(workerId);
        (await worker.PutAsJsonAsync($"{SafetyClient.Prefix}/{courseId}/protected-address",
            new RegisterProtectedAddressRequest(kind, Address, fixture.Today), TestJson.Options)).EnsureSuccessStatusCode();
        return (courseId, worker);
    }

    private async Task<AccessLogEntryView[]> AccessLogAsync(Guid courseId)
    {
        using var admin = safety.Admin();
        return (await admin.GetFromJsonAsync<AccessLogEntryView[]>(
            $"/api/safety/access-log?subjectType=protected-address&subjectId={courseId}", TestJson.Options))!;
    }

    private async Task<long> ProtectedRowsAsync(Guid courseId)
    {
        await using var connection = new NpgsqlConnection(fixture.Database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from protected_addresses where course_id = @id", connection);
        command.Parameters.AddWithValue("id", courseId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static string[] MessageFields(CapturedMessage message) =>
        [.. JsonDocument.Parse(message.Body).RootElement.GetProperty("message").EnumerateObject().Select(p => p.Name).Order()];
}
