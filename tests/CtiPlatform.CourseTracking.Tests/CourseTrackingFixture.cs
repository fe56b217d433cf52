using CtiPlatform.CourseTracking.Api;
using CtiPlatform.Domain;
using CtiPlatform.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CtiPlatform.CourseTracking.Tests;

/// <summary>
/// The course tracking service on real Kestrel against its own fresh PostgreSQL database and RabbitMQ virtual host,
/// one per test class, connected as its own broker user with exactly the deployed permissions; a clock the test
/// moves; and a <see cref="LifecycleBus"/> standing in for the referrals and workflows services.
/// </summary>
public sealed class CourseTrackingFixture : IAsyncLifetime
{
    /// <summary>Tenant A's own checklist item, added after the method's into phase 2.</summary>
    public static readonly KeyValuePair<string, string?>[] MunicipalChecklistItem =
    [
        new($"CourseTrackingOptions:Tenants:{TestTokens.TenantA}:ChecklistItems:0:Transition", "IntoPhase2"),
        new($"CourseTrackingOptions:Tenants:{TestTokens.TenantA}:ChecklistItems:0:Key", "SafetyPlanReviewed"),
        new($"CourseTrackingOptions:Tenants:{TestTokens.TenantA}:ChecklistItems:0:Text", "Sikkerhedsplanen er gennemgået med kvinden."),
        new($"CourseTrackingOptions:Tenants:{TestTokens.TenantA}:ChecklistItems:0:EnglishText", "The safety plan has been reviewed with her."),
    ];

    private IsolatedVirtualHost virtualHost = null!;

    public PostgresDatabase Database { get; } = new();

    /// <summary>Everything the service logged, at the levels a deployment logs.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>9:00 on a Monday in Denmark; tests move it on.</summary>
    public ManualTimeProvider Clock { get; } = new(CopenhagenCalendar.StartOf(new DateOnly(2026, 3, 2)).AddHours(9));

    public ServiceHost Host { get; private set; } = null!;

    public LifecycleBus Bus { get; private set; } = null!;

    public TrackingRows Rows { get; private set; } = null!;

    public DateOnly Today => CopenhagenCalendar.DateAt(Clock.GetUtcNow());

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        virtualHost = await IsolatedVirtualHost.CreateAsync();
        Bus = await LifecycleBus.StartAsync(virtualHost.Address);
        Host = await ServiceHost.StartAsync(
            [
                .. Database.ConnectionStrings("coursetracking-db"),
                .. TestMessaging.RabbitMq(await virtualHost.ServiceAddressAsync("coursetracking")),
                .. TestKeyRings.Fresh(),
                .. MunicipalChecklistItem,
            ],
            builder => builder.AddCourseTracking(),
            app => app.MapCourseTrackingApi(),
            services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                services.AddLogging(logging => logging.AddProvider(Logs));
            });

        // Tests publish lifecycle events right away; the service's queue must be bound by then.
        await Host.WaitUntilReadyAsync();
        Rows = new TrackingRows(Database.AdminConnectionString);
    }

    public HttpClient Worker(string workerId, string tenant = TestTokens.TenantA) => Host.Client(ServiceDefaults.Security.Roles.CtiWorker, tenant, subject: workerId);

    public HttpClient TeamLead(string tenant = TestTokens.TenantA) => Host.Client(ServiceDefaults.Security.Roles.TeamLead, tenant, subject: "lead-1");

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Bus.DisposeAsync();
        await virtualHost.DisposeAsync();
        await Database.DisposeAsync();
    }

    /// <summary>The route prefix, for tests that build paths.</summary>
    public static string Courses => TrackedCoursesApi.Prefix + "/courses";
}
