using CtiPlatform.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Notifications.Tests;

/// <summary>
/// The service on a clock the test moves: Saturday 27 March 2027, 13:00 in Denmark, the day before the clocks go
/// forward, so a digest chosen for the morning goes out on summer time.
/// </summary>
public sealed class DigestFixture : NotificationsFixture
{
    public ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 3, 27, 12, 0, 0, TimeSpan.Zero));

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}
