using CtiPlatform.Referrals.Api;
using CtiPlatform.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Referrals.Tests;

/// <summary>The referrals service in a <see cref="ServiceHost"/>, composed with the calls its Program makes.</summary>
public static class ReferralsService
{
    /// <summary>Composes the service without starting it, to read what it resolves from configuration.</summary>
    public static WebApplication Build(IEnumerable<KeyValuePair<string, string?>> configuration) => ServiceHost.Build(configuration, Add, Map);

    /// <summary>Starts the service and returns once it is ready.</summary>
    public static async Task<ServiceHost> StartAsync(IEnumerable<KeyValuePair<string, string?>> configuration, Action<IServiceCollection>? services = null)
    {
        var host = await ServiceHost.StartAsync(configuration, Add, Map, services);

        // Tests publish course events to the service right away; its queues must be bound by then.
        await host.WaitUntilReadyAsync();
        return host;
    }

    private static void Add(WebApplicationBuilder builder) => builder.AddReferrals();

    private static void Map(WebApplication app) => app.MapReferralsApi();
}
