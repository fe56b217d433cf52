using CtiPlatform.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.SafetyPlanning.Tests;

/// <summary>The safety planning service in a <see cref="ServiceHost"/>, composed with the calls its Program makes.</summary>
public static class SafetyService
{
    /// <summary>Starts the service and returns once it is ready (its queues bound, so published course events reach it).</summary>
    public static async Task<ServiceHost> StartAsync(IEnumerable<KeyValuePair<string, string?>> configuration, Action<IServiceCollection>? services = null)
    {
        var host = await ServiceHost.StartAsync(configuration, Add, Map, services);
        await host.WaitUntilReadyAsync();
        return host;
    }

    private static void Add(WebApplicationBuilder builder) => builder.AddSafetyPlanning();

    private static void Map(WebApplication app) => app.MapSafetyPlanningApi();
}
