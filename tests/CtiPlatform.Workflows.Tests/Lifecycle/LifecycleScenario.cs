using System.Net.Http.Json;
using CtiPlatform.Domain;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;
using CtiPlatform.Workflows.Api;
using CtiPlatform.Workflows.Domain;
using CtiPlatform.Workflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Workflows.Tests.Lifecycle;

/// <summary>One test's world: a virtual host, the recorder standing in for other services, a manual clock and the running service.</summary>
public sealed class LifecycleScenario : IAsyncDisposable
{
    private LifecycleScenario(IsolatedVirtualHost vhost, EventRecorder recorder, ManualTimeProvider clock, ServiceHost host, CourseRows rows)
    {
        VirtualHost = vhost;
        Recorder = recorder;
        Clock = clock;
        Host = host;
        Rows = rows;
    }

    public IsolatedVirtualHost VirtualHost { get; }

    public EventRecorder Recorder { get; }

    public ManualTimeProvider Clock { get; }

    public ServiceHost Host { get; set; }

    public CourseRows Rows { get; }

    public static async Task<LifecycleScenario> StartAsync(
        PostgresDatabase database, DateOnly today, IEnumerable<KeyValuePair<string, string?>>? settings = null, Action<IServiceCollection>? services = null)
    {
        var vhost = await IsolatedVirtualHost.CreateAsync();
        var recorder = await EventRecorder.StartAsync(vhost.Address);
        var clock = new ManualTimeProvider(CopenhagenCalendar.StartOf(today).AddHours(9));
        var host = await WorkflowsService.StartAsync(database, vhost.Address, clock, settings, services);
        return new LifecycleScenario(vhost, recorder, clock, host, new CourseRows(database.AdminConnectionString));
    }

    /// <summary>Moves the clock to the start of <paramref name="date"/> in Denmark: the instant the course timers of that date fire.</summary>
    public void TravelTo(DateOnly date) => Clock.SetUtcNow(CopenhagenCalendar.StartOf(date));

    public DateOnly Today => CopenhagenCalendar.DateAt(Clock.GetUtcNow());

    public HttpClient Worker(string workerId) => Host.Client(Roles.CtiWorker, subject: workerId);

    public HttpClient TeamLead(string tenant = TestTokens.TenantA) => Host.Client(Roles.TeamLead, tenant, subject: "lead-1");

    /// <summary>Approves a course and waits until the state machine has created it.</summary>
    public async Task<Guid> ApproveAsync(string workerId, DateOnly expectedMoveOut, DateOnly? referredOn = null)
    {
        var id = Guid.NewGuid();
        await Host.ApproveAsync(id, workerId, expectedMoveOut, Clock.GetUtcNow(), referredAt: referredOn is { } referred ? CopenhagenCalendar.StartOf(referred).AddHours(10) : null);
        await Eventually.Until(() => Rows.StateAsync(id), row => row is not null, Bounds.Signal, "the course created");
        return id;
    }

    public async Task<CourseView> GetAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/courses/{id}");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CourseView>(TestJson.Options))!;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Recorder.DisposeAsync();
        await VirtualHost.DisposeAsync();
    }
}
