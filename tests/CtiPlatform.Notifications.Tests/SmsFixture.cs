using CtiPlatform.Domain;
using CtiPlatform.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Notifications.Tests;

/// <summary>
/// The notification service for SMS to her on a clock the test moves (<see cref="Clock"/>), so a reminder due the day
/// before a meeting months ahead falls due when the test says; a binding call times out after one second, and tenant B
/// sends SMS through its own binding and does not pause them when her risk is raised.
/// </summary>
public class SmsFixture : NotificationsFixture
{
    public const string TenantASmsBinding = "sms-kbh";
    public const string TenantBSmsBinding = "sms-odense";

    /// <summary>Monday 1 March 2027, 13:00 Danish time: before the spring change of the DST tests.</summary>
    public ManualTimeProvider Clock { get; } = new(CopenhagenCalendar.StartOf(new DateOnly(2027, 3, 1)).AddHours(13));

    protected override IEnumerable<KeyValuePair<string, string?>> Overrides =>
    [
        new("DaprOptions:Timeout", "00:00:01"),
        new("NotificationsOptions:Defaults:SmsBinding", TenantASmsBinding),
        new($"NotificationsOptions:Tenants:{TestTokens.TenantB}:SmsBinding", TenantBSmsBinding),
        new($"NotificationsOptions:Tenants:{TestTokens.TenantB}:PauseSmsOnRaisedRisk", "false"),
    ];

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}
