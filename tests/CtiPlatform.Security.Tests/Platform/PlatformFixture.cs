using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CtiPlatform.Domain;
using CtiPlatform.Referrals.Api;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;
using CtiPlatform.Testing.Platform;
using CtiPlatform.Workflows.Api;

namespace CtiPlatform.Security.Tests.Platform;

/// <summary>
/// Every service of the platform on its own PostgreSQL database, one broker virtual host, and the gateway in front
/// with a route and API document per service, as deployed. Both test municipalities have a referral from their first
/// shelter, approved to a worker, so there is personal data to protect in each service.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    public const string FirstShelter = "krisecenter-1";
    public const string SecondShelter = "krisecenter-2";

    private DistributedPlatform platform = null!;

    /// <summary>The services behind the gateway, by route name.</summary>
    public static IReadOnlyList<RoutedService> Services => DistributedPlatform.Services;

    public Uri Gateway { get; private set; } = null!;

    public IReadOnlyDictionary<string, TenantData> Data { get; private set; } = null!;

    /// <summary>Every role in both municipalities, and a second shelter in the first.</summary>
    public static IReadOnlyList<Persona> Personas { get; } =
    [
        .. new[] { TestTokens.TenantA, TestTokens.TenantB }.SelectMany(tenant => Roles.All.Select(role =>
            new Persona(role, tenant, role == Roles.Shelter ? FirstShelter : null))),
        new(Roles.Shelter, TestTokens.TenantA, SecondShelter),
    ];

    public async Task InitializeAsync()
    {
        // The fuzz run sends more requests per caller than a person would; the limit itself is tested in the gateway's tests.
        platform = await DistributedPlatform.StartAsync([], [new("GatewayOptions:OverallRateLimit:PermitLimit", "1000000")]);
        Gateway = platform.Gateway;

        Data = new Dictionary<string, TenantData>
        {
            [TestTokens.TenantA] = await SeedAsync(TestTokens.TenantA, "Aase Fuzzmarkør", "1990-01-01", "010190-4321", "+45 31 41 59 26", "Kontakt Alfa"),
            [TestTokens.TenantB] = await SeedAsync(TestTokens.TenantB, "Bodil Fuzzmarkør", "1991-02-02", "020291-8765", "+45 27 18 28 18", "Kontakt Beta"),
        };
    }

    public async Task DisposeAsync() => await platform.DisposeAsync();

    /// <summary>A referral from the municipality's first shelter, approved to a registered worker at the committee's next meeting; its course started.</summary>
    private async Task<TenantData> SeedAsync(string tenant, string name, string dateOfBirth, string cpr, string phone, string contact)
    {
        using var shelter = new Persona(Roles.Shelter, tenant, FirstShelter).Client(Gateway);
        using var committee = new Persona(Roles.VisitationCommittee, tenant).Client(Gateway);
        var worker = new Persona(Roles.CtiWorker, tenant);

        var submitted = await shelter.PostAsJsonAsync(ReferralsApi.Prefix, new JsonObject
        {
            ["woman"] = new JsonObject { ["name"] = name, ["dateOfBirth"] = dateOfBirth, ["cpr"] = cpr, ["phone"] = phone, ["preferredLanguage"] = "da", ["interpreterNeeded"] = false },
            ["children"] = new JsonArray(new JsonObject { ["firstName"] = "Ida", ["age"] = 6 }),
            ["childrenWithFather"] = new JsonArray(new JsonObject { ["firstName"] = "Karl", ["age"] = 9 }),
            ["criteria"] = new JsonArray([.. Enumerable.Range(1, 6).Select(c => new JsonObject { ["criterion"] = c, ["met"] = true, ["justification"] = "Vurderet" })]),
            ["actionPlanDate"] = "2026-10-01",
            ["expectedMoveOutDate"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd"),
            ["consentToShareHistory"] = true,
            ["shelterContact"] = new JsonObject { ["name"] = contact, ["phone"] = "+45 70 10 20 30" },
            ["situation"] = new JsonObject
            {
                ["wantsCti"] = true, ["shelterEnteredOn"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-60).ToString("yyyy-MM-dd"), ["homeAllocated"] = false,
                ["protectedAddress"] = false, ["smsSafe"] = true,
            },
        });
        await Ensure(submitted, "the seed referral submitted");
        var id = (await submitted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();

        using var teamLead = new Persona(Roles.TeamLead, tenant).Client(Gateway);
        await Ensure(await teamLead.PostAsJsonAsync($"{ReferralsApi.Prefix}/workers", new JsonObject { ["workerId"] = worker.Subject }), "the seed worker registered");

        // A decision is recorded for a meeting that has been held: the last one on or before today (monthly at the latest).
        var today = CopenhagenCalendar.DateAt(DateTimeOffset.UtcNow);
        var meeting = (await committee.GetFromJsonAsync<DateOnly[]>($"{ReferralsApi.Prefix}/committee/meetings?from={today.AddDays(-40):yyyy-MM-dd}&count=10"))!
            .Where(d => d <= today).Max().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var approved = await committee.PostAsJsonAsync($"{ReferralsApi.Prefix}/{id}/approve", new JsonObject
        {
            ["meetingDate"] = meeting,
            ["participants"] = new JsonArray(DistributedPlatform.CommitteeMembers[0], DistributedPlatform.CommitteeMembers[1]),
            ["workerId"] = worker.Subject,
        });
        await Ensure(approved, "the seed referral approved");

        using var workerClient = worker.Client(Gateway);
        await Eventually.Until(
            async () => (await workerClient.GetAsync($"{CoursesApi.Prefix}/{id}")).StatusCode,
            status => status == System.Net.HttpStatusCode.OK, TimeSpan.FromSeconds(30), "the seed course started");
        return new TenantData(tenant, FirstShelter, id, name, cpr, phone, contact);
    }

    private static async Task Ensure(HttpResponseMessage response, string step)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{step}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
