using CtiPlatform.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Referrals.Tests;

public sealed class TenantSettingsTests
{
    [Fact]
    public async Task A_municipalitys_entry_overrides_only_the_settings_it_names_and_keeps_the_configured_defaults_for_the_rest()
    {
        await using var app = ReferralsService.Build(
            [
                new("ConnectionStrings:referrals-db", "Host=127.0.0.1;Database=unused"),
                new("ConnectionStrings:rabbitmq", "amqp://127.0.0.1/"),
                .. TestKeyRings.Fresh(),
                new("ReferralsOptions:Defaults:EarlyMeetingIntervalDays", "7"),
                new("ReferralsOptions:Defaults:CaseloadLimit", "8"),
                new($"ReferralsOptions:Tenants:{TestTokens.TenantA}:CaseloadLimit", "3"),
            ]);

        var options = app.Services.GetRequiredService<IOptions<ReferralsOptions>>().Value;

        var own = options.For(TestTokens.TenantA);
        Assert.Equal((3m, 7, 1.5m), (own.CaseloadLimit, own.EarlyMeetingIntervalDays, own.PhaseOneWeight));
        var other = options.For(TestTokens.TenantB);
        Assert.Equal((8m, 7, 1.5m), (other.CaseloadLimit, other.EarlyMeetingIntervalDays, other.PhaseOneWeight));
    }
}
