using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CtiPlatform.Standalone.Tests;

public sealed class StandaloneHostTests
{
    // The start-up time itself (15 s on a fresh clone) is measured outside the suite and reported in the issue
    // note: with every test project running at once on two cores a timed assertion here would only be noise.
    [Fact]
    public async Task The_standalone_host_answers_health_and_prints_a_token_per_role()
    {
        await using var host = await StandaloneProcess.StartAsync(TimeSpan.FromSeconds(90));
        using var client = new HttpClient { BaseAddress = host.Address };

        var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
        Assert.Equal(["cti-worker", "shelter", "team-lead", "tenant-admin", "visitation-committee"], host.Tokens.Keys.Order());
    }

    [Fact]
    public async Task A_shelter_refers_through_the_public_path_with_a_printed_token_and_sees_the_status()
    {
        await using var host = await StandaloneProcess.StartAsync(TimeSpan.FromSeconds(90));
        using var shelter = new HttpClient { BaseAddress = host.Address };
        shelter.DefaultRequestHeaders.Authorization = new("Bearer", host.Tokens["shelter"]);
        var criteria = Enumerable.Range(1, 6).Select(i => new { criterion = i, met = i <= 2, justification = "Vurderet" });
        var referral = new
        {
            woman = new { name = "Demo Kvinde", dateOfBirth = "1990-04-01", phone = "+4512345678", preferredLanguage = "da", interpreterNeeded = false },
            children = Array.Empty<object>(),
            criteria,
            actionPlanDate = "2026-10-01",
            expectedMoveOutDate = "2026-12-15",
            consentToShareHistory = true,
            shelterContact = new { name = "Kontakt", phone = "+4587654321" },
        };

        var submitted = await shelter.PostAsJsonAsync("/api/referrals", referral);
        var status = await shelter.GetFromJsonAsync<JsonElement>(submitted.Headers.Location);

        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        Assert.Equal("Submitted", status.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_documentation_page_links_each_embedded_services_openapi_document()
    {
        await using var host = await StandaloneProcess.StartAsync(TimeSpan.FromSeconds(90));
        using var client = new HttpClient { BaseAddress = host.Address };

        var page = await client.GetStringAsync("/docs");
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/referrals.json");

        Assert.Contains("/openapi/referrals.json", page);
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/referrals", out _));
    }
}
