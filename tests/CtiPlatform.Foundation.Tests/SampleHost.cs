using CtiPlatform.SampleService;
using CtiPlatform.Testing;
using Microsoft.AspNetCore.Builder;

namespace CtiPlatform.Foundation.Tests;

/// <summary>The sample service (tests/CtiPlatform.SampleService) composed with the calls its Program.cs makes.</summary>
public static class SampleHost
{
    /// <summary>Tenant A's own limit on a note's length, below the default, to show a municipality's setting applies.</summary>
    public const int TenantAMaxNoteLength = 40;

    public static WebApplication Build(PostgresDatabase database, Action<WebApplication>? mapMore = null) =>
        ServiceHost.Build(Configuration(database), Add, app => Map(app, mapMore));

    public static Task<ServiceHost> StartAsync(PostgresDatabase database) =>
        ServiceHost.StartAsync(Configuration(database), Add, app => Map(app, null));

    private static IEnumerable<KeyValuePair<string, string?>> Configuration(PostgresDatabase database) =>
        [.. database.ConnectionStrings("samples-db"), new($"SamplesOptions:Tenants:{TestTokens.TenantA}:MaxNoteLength", TenantAMaxNoteLength.ToString())];

    private static void Add(WebApplicationBuilder builder) => builder.AddSamples();

    private static void Map(WebApplication app, Action<WebApplication>? mapMore)
    {
        app.MapSamplesApi();
        mapMore?.Invoke(app);
    }
}
