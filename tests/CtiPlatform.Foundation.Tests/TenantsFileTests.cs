using System.Net;
using System.Text.Json.Nodes;
using CtiPlatform.SampleService;
using CtiPlatform.ServiceDefaults;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;

namespace CtiPlatform.Foundation.Tests;

/// <summary>The municipalities read from a mounted file, as the chart mounts its tenants ConfigMap.</summary>
public sealed class TenantsFileTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IDisposable
{
    private const string Vejle = "630";

    private readonly string directory = Directory.CreateTempSubdirectory("cti-tenants-").FullName;

    [Fact]
    public async Task A_municipality_added_to_the_tenants_file_is_served_without_a_restart()
    {
        var file = Path.Combine(directory, "tenants.json");
        await File.WriteAllTextAsync(file, Tenants((TestTokens.TenantA, "København")));
        await using var service = await ServiceHost.StartAsync(
            [.. database.ConnectionStrings("samples-db"), new(ServiceDefaultsExtensions.TenantsFileKey, file)],
            builder => builder.AddSamples(),
            app => app.MapSamplesApi());
        using var vejle = service.Client(Roles.CtiWorker, tenant: Vejle);
        Assert.Equal(HttpStatusCode.Forbidden, (await vejle.GetAsync("/api/samples/notes")).StatusCode);

        await File.WriteAllTextAsync(file, Tenants((TestTokens.TenantA, "København"), (Vejle, "Vejle")));

        await Eventually.Until(async () => (await vejle.GetAsync("/api/samples/notes")).StatusCode, status => status == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30), "Vejle served after the file changed");
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    /// <summary>The file the chart renders: the TenantOptions section, as the environment variables carried it before.</summary>
    private static string Tenants(params (string Id, string Name)[] tenants) =>
        new JsonObject
        {
            ["TenantOptions"] = new JsonObject
            {
                ["Tenants"] = new JsonArray(tenants.Select(t => (JsonNode)new JsonObject { ["Id"] = t.Id, ["Name"] = t.Name }).ToArray()),
            },
        }.ToJsonString();
}
