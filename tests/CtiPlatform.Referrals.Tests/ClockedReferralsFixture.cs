using CtiPlatform.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Referrals.Tests;

/// <summary>The referrals service on a clock the test moves, for rules that depend on the date.</summary>
public sealed class ClockedReferralsFixture : ReferralsFixture
{
    public ManualTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}
