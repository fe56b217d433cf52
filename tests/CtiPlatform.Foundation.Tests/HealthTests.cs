using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json.Nodes;
using CtiPlatform.SampleService;
using CtiPlatform.ServiceDefaults.Health;
using CtiPlatform.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace CtiPlatform.Foundation.Tests;

public sealed class HealthTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Health_turns_unhealthy_when_the_database_is_down_while_alive_stays_up()
    {
        await using var service = await SampleHost.StartAsync(database);
        using var client = service.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        await using (var admin = new NpgsqlConnection(TestInfrastructure.PostgresAdmin))
        {
            await admin.OpenAsync();
            await using var command = new NpgsqlCommand($"""
                alter database {database.Name} allow_connections false;
                select pg_terminate_backend(pid) from pg_stat_activity where datname = '{database.Name}';
                """, admin);
            await command.ExecuteNonQueryAsync();
        }

        var health = await client.GetAsync("/health");
        var alive = await client.GetAsync("/alive");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task A_failing_reported_check_keeps_the_service_ready_and_shows_in_the_details_and_the_metric()
    {
        var dependency = new SwitchableCheck(HealthStatus.Unhealthy);
        await using var service = await StartWithAsync("broker-like", HealthTags.Reported, dependency);
        using var client = service.Client();
        using var metric = new HealthGauge(service.Services.GetRequiredService<IMeterFactory>());

        var health = await client.GetAsync("/health");
        var details = await client.GetAsync("/health/details");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, details.StatusCode);
        var body = JsonNode.Parse(await details.Content.ReadAsStringAsync())!;
        Assert.Equal("Unhealthy", (string?)body["status"]);
        Assert.Equal("Unhealthy", (string?)body["checks"]!["broker-like"]);
        Assert.Equal("Healthy", (string?)body["checks"]!["samples-db"]);
        await Eventually.Until(() => Task.FromResult(metric.Read()), m => m.GetValueOrDefault("broker-like", -1) == 0 && m.GetValueOrDefault("samples-db", -1) == 2,
            TimeSpan.FromSeconds(30), "the gauge reporting the dependency unhealthy and the database healthy");

        dependency.Status = HealthStatus.Healthy;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/details")).StatusCode);
    }

    [Fact]
    public async Task Probe_asks_for_liveness_and_probe_ready_for_readiness()
    {
        var readiness = new SwitchableCheck(HealthStatus.Unhealthy);
        await using var service = await StartWithAsync("ready-check", HealthTags.Ready, readiness);
        var port = new KeyValuePair<string, string?>("ASPNETCORE_HTTP_PORTS", service.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var alive = await SampleServiceProcess.RunAsync(["probe"], [port]);
        var notReady = await SampleServiceProcess.RunAsync(["probe", "ready"], [port]);
        readiness.Status = HealthStatus.Healthy;
        var ready = await SampleServiceProcess.RunAsync(["probe", "ready"], [port]);

        Assert.Equal(0, alive.ExitCode);
        Assert.Equal(1, notReady.ExitCode);
        Assert.Equal(0, ready.ExitCode);
    }

    [Fact]
    public async Task Probe_with_urls_passes_only_when_every_url_answers_success()
    {
        await using var service = await SampleHost.StartAsync(database);
        var health = new Uri(service.Address, "/health").ToString();
        var document = new Uri(service.Address, "/openapi/v1.json").ToString();
        var missing = new Uri(service.Address, "/openapi/missing.json").ToString();

        var passing = await SampleServiceProcess.RunAsync(["probe", health, document], []);
        var failing = await SampleServiceProcess.RunAsync(["probe", health, missing], []);

        Assert.Equal(0, passing.ExitCode);
        Assert.Contains($"200 {document}", passing.Output);
        Assert.Equal(1, failing.ExitCode);
        Assert.Contains($"404 {missing}", failing.Output);
    }

    private Task<ServiceHost> StartWithAsync(string name, string tag, SwitchableCheck check) =>
        ServiceHost.StartAsync(
            database.ConnectionStrings("samples-db"),
            builder => builder.AddSamples(),
            app => app.MapSamplesApi(),
            services => services.AddHealthChecks().AddCheck(name, check, tags: [tag]));

    private sealed class SwitchableCheck(HealthStatus status) : IHealthCheck
    {
        public HealthStatus Status { get; set; } = status;

        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(new HealthCheckResult(Status));
    }

    /// <summary>Reads the host's <c>cti.health.status</c> gauge, as an OpenTelemetry exporter would.</summary>
    private sealed class HealthGauge : IDisposable
    {
        private readonly MeterListener listener = new();
        private readonly Dictionary<string, int> values = new(StringComparer.Ordinal);

        public HealthGauge(IMeterFactory meters)
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Name == "cti.health.status" && instrument.Meter.Scope == meters)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<int>((_, value, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "check")
                    {
                        values[(string)tag.Value!] = value;
                    }
                }
            });
            listener.Start();
        }

        public Dictionary<string, int> Read()
        {
            values.Clear();
            listener.RecordObservableInstruments();
            return new Dictionary<string, int>(values, StringComparer.Ordinal);
        }

        public void Dispose() => listener.Dispose();
    }
}
