using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CtiPlatform.SampleService.Api;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;
using Microsoft.AspNetCore.Builder;

namespace CtiPlatform.Foundation.Tests;

/// <summary>What every service gets from AddServiceDefaults, over real HTTP against a real database.</summary>
public sealed class ServiceDefaultsTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private ServiceHost service = null!;

    public async Task InitializeAsync() => service = await SampleHost.StartAsync(database);

    public async Task DisposeAsync() => await service.DisposeAsync();

    [Fact]
    public async Task Alive_and_health_answer_anonymously_with_the_status_only()
    {
        using var client = service.Client();

        var alive = await client.GetAsync("/alive");
        var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal("Healthy", await alive.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_request_without_a_token_gets_401_problem_details_in_danish()
    {
        using var client = service.Client();

        var response = await client.GetAsync("/api/samples/notes");

        var problem = await ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Du skal være logget ind.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_token_with_the_wrong_role_gets_403()
    {
        using var client = service.Client(Roles.Shelter);

        var response = await client.GetAsync("/api/samples/notes");

        await ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_token_for_a_municipality_this_installation_does_not_serve_gets_403()
    {
        using var client = service.Client(Roles.CtiWorker, TestTokens.UnknownTenant);

        var response = await client.GetAsync("/api/samples/notes");

        await ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Invalid_input_gets_400_naming_the_field_and_the_rule()
    {
        using var client = service.Client(Roles.CtiWorker);

        var response = await client.PostAsJsonAsync("/api/samples/notes", new NoteRequest(""));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("text", out var messages));
        Assert.Contains("tom", messages[0].GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("NotEmpty", problem.GetProperty("rules").GetProperty("text")[0].GetString());
    }

    [Fact]
    public async Task English_is_second_language_on_request()
    {
        using var client = service.Client();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await client.GetAsync("/api/samples/notes");

        var problem = await ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("You must be signed in.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_malformed_body_gets_400_problem_details()
    {
        using var client = service.Client(Roles.CtiWorker);

        var response = await client.PostAsync("/api/samples/notes", new StringContent("{\"text\": ", Encoding.UTF8, "application/json"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("JSON", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/samples/notes?limit=tre")]
    [InlineData("/api/samples/notes?limit=")]
    public async Task A_query_value_that_cannot_be_read_gets_400_naming_the_parameter_and_the_rule(string path)
    {
        using var client = service.Client(Roles.CtiWorker);

        var problem = await ProblemAsync(await client.GetAsync(path), HttpStatusCode.BadRequest);

        Assert.Equal("Værdien kunne ikke læses i det forventede format.", Assert.Single(problem.GetProperty("errors").GetProperty("limit").EnumerateArray()).GetString());
        Assert.Equal("Unreadable", Assert.Single(problem.GetProperty("rules").GetProperty("limit").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task A_body_value_of_the_wrong_type_gets_400_naming_its_field()
    {
        using var client = service.Client(Roles.CtiWorker);

        var response = await client.PostAsync("/api/samples/notes", new StringContent("{\"text\": 42}", Encoding.UTF8, "application/json"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("text", out _), problem.ToString());
        Assert.Equal("Unreadable", Assert.Single(problem.GetProperty("rules").GetProperty("text").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task Another_tenants_record_is_not_found()
    {
        using var tenantA = service.Client(Roles.CtiWorker, TestTokens.TenantA);
        using var tenantB = service.Client(Roles.CtiWorker, TestTokens.TenantB);
        var created = await (await tenantA.PostAsJsonAsync("/api/samples/notes", new NoteRequest("A's note"))).Content.ReadFromJsonAsync<NoteView>();

        var response = await tenantB.GetAsync($"/api/samples/notes/{created!.Id}");
        var listed = await tenantB.GetFromJsonAsync<Page<NoteView>>("/api/samples/notes");

        await ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.DoesNotContain(listed!.Items, n => n.Id == created.Id);
    }

    [Fact]
    public async Task A_refusal_returned_through_a_results_union_leaves_nothing_half_written()
    {
        using var client = service.Client(Roles.CtiWorker, TestTokens.TenantA);
        var created = await (await client.PostAsJsonAsync("/api/samples/notes", new NoteRequest("keep me"))).Content.ReadFromJsonAsync<NoteView>();

        var response = await client.PostAsync($"/api/samples/notes/{created!.Id}/archive-then-refuse", null);
        var after = await client.GetFromJsonAsync<NoteView>($"/api/samples/notes/{created.Id}");

        var problem = await ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("AlreadyArchived", problem.GetProperty("rule").GetString());
        Assert.False(after!.Archived);
    }

    [Fact]
    public async Task A_change_is_saved_by_the_unit_of_work_without_an_access_log_line()
    {
        using var client = service.Client(Roles.CtiWorker, TestTokens.TenantA);
        var created = await (await client.PostAsJsonAsync("/api/samples/notes", new NoteRequest("archive me"))).Content.ReadFromJsonAsync<NoteView>();

        var archived = await client.PostAsync($"/api/samples/notes/{created!.Id}/archive", null);
        var again = await client.PostAsync($"/api/samples/notes/{created.Id}/archive", null);
        var after = await client.GetFromJsonAsync<NoteView>($"/api/samples/notes/{created.Id}");

        Assert.Equal(HttpStatusCode.OK, archived.StatusCode);
        Assert.True(after!.Archived);
        Assert.Equal("AlreadyArchived", (await ProblemAsync(again, HttpStatusCode.Conflict)).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A_domain_refusal_naming_a_field_is_a_422_under_the_municipalitys_own_setting()
    {
        using var tenantA = service.Client(Roles.CtiWorker, TestTokens.TenantA);
        using var tenantB = service.Client(Roles.CtiWorker, TestTokens.TenantB);
        var text = new string('x', SampleHost.TenantAMaxNoteLength + 1);

        var refused = await tenantA.PostAsJsonAsync("/api/samples/notes", new NoteRequest(text));
        var accepted = await tenantB.PostAsJsonAsync("/api/samples/notes", new NoteRequest(text));
        var listed = await tenantA.GetFromJsonAsync<Page<NoteView>>("/api/samples/notes?limit=200");

        var problem = await ProblemAsync(refused, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["TooLong"], problem.GetProperty("rules").GetProperty("text").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("Noten er længere, end kommunen tillader.", problem.GetProperty("errors").GetProperty("text")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.DoesNotContain(listed!.Items, n => n.Text == text);
    }

    [Fact]
    public async Task A_list_is_read_a_page_at_a_time_in_creation_order_without_repeats_or_gaps()
    {
        using var client = service.Client(Roles.CtiWorker, TestTokens.TenantA, subject: "pager");
        var written = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            written.Add((await (await client.PostAsJsonAsync("/api/samples/notes", new NoteRequest($"note {i}"))).Content.ReadFromJsonAsync<NoteView>())!.Id);
        }

        var (items, pages) = await PagedLists.AllAsync<NoteView>(client, "/api/samples/notes", new JsonSerializerOptions(JsonSerializerDefaults.Web), limit: 3);

        Assert.Equal(written, items.Select(n => n.Id));
        Assert.Equal(3, pages);
    }

    [Theory]
    [InlineData("limit=0", "limit", "InclusiveBetween")]
    [InlineData("limit=201", "limit", "InclusiveBetween")]
    [InlineData("cursor=not-a-cursor", "cursor", "CursorFormat")]
    public async Task A_page_request_out_of_bounds_is_a_400_naming_the_field_and_rule(string query, string field, string rule)
    {
        using var client = service.Client(Roles.CtiWorker);

        var response = await client.GetAsync($"/api/samples/notes?{query}");

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([rule], problem.GetProperty("rules").GetProperty(field).EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Reading_personal_data_is_written_to_the_access_log_for_tenant_admins()
    {
        using var worker = service.Client(Roles.CtiWorker);
        using var admin = service.Client(Roles.TenantAdmin);
        using var otherAdmin = service.Client(Roles.TenantAdmin, TestTokens.TenantB);
        var created = await (await worker.PostAsJsonAsync("/api/samples/notes", new NoteRequest("read me"))).Content.ReadFromJsonAsync<NoteView>();

        (await worker.GetAsync($"/api/samples/notes/{created!.Id}")).EnsureSuccessStatusCode();
        var entries = await admin.GetFromJsonAsync<JsonElement>($"/api/samples/access-log?subjectType=note&subjectId={created.Id}");
        var foreign = await otherAdmin.GetFromJsonAsync<JsonElement>($"/api/samples/access-log?subjectId={created.Id}");
        var workerAttempt = await worker.GetAsync("/api/samples/access-log");

        var read = Assert.Single(entries.EnumerateArray(), e => e.GetProperty("action").GetString() == "Read");
        Assert.Equal("user-cti-worker", read.GetProperty("actorId").GetString());
        Assert.Equal("case-handling", read.GetProperty("purpose").GetString());
        Assert.Equal(Roles.CtiWorker, read.GetProperty("actorRoles").GetString());
        Assert.Contains(entries.EnumerateArray(), e => e.GetProperty("action").GetString() == "Change");
        Assert.Equal(0, foreign.GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, workerAttempt.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_is_served()
    {
        using var client = service.Client();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var list = document.GetProperty("paths").GetProperty("/api/samples/notes").GetProperty("get");
        Assert.Equal(["cursor", "limit"], list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Order());
        var page = list.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.Contains("Page", page.GetProperty("$ref").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_with_an_endpoint_without_a_policy_refuses_to_start()
    {
        await using var app = SampleHost.Build(database, a => a.MapGet("/forgotten", () => "open"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.Contains("/forgotten", error.Message);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
