using CtiPlatform.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Notifications.Tests;

/// <summary>The notification service in a <see cref="ServiceHost"/>, composed with the calls its Program makes.</summary>
public static class NotificationsService
{
    /// <summary>Starts the service and returns once it is ready (its queues bound).</summary>
    public static async Task<ServiceHost> StartAsync(IEnumerable<KeyValuePair<string, string?>> configuration, Action<IServiceCollection>? services = null)
    {
        var host = await ServiceHost.StartAsync(configuration, b => b.AddNotifications(), a => a.MapNotificationsApi(), services);
        await host.WaitUntilReadyAsync();
        return host;
    }
}
