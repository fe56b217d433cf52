using System.Collections.Concurrent;
using CtiPlatform.SampleService;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace CtiPlatform.Foundation.Tests;

public sealed class TelemetryTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Traces_are_exported_over_otlp_when_an_endpoint_is_configured()
    {
        var received = new ConcurrentQueue<(string Path, byte[] Body)>();
        var firstTrace = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var collector = await StartCollectorAsync(received, firstTrace);
        var service = await ServiceHost.StartAsync(
            [
                .. database.ConnectionStrings("samples-db"),
                new("OTEL_EXPORTER_OTLP_ENDPOINT", collector.Urls.First()),
                new("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"),
            ],
            builder => builder.AddSamples(),
            app => app.MapSamplesApi());
        using (var client = service.Client(Roles.CtiWorker))
        {
            (await client.GetAsync("/api/samples/notes")).EnsureSuccessStatusCode();
        }

        // Stopping the host flushes the exporters: the signal that the spans have been sent.
        await service.DisposeAsync();
        await firstTrace.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var traces = received.Where(r => r.Path == "/v1/traces").SelectMany(r => r.Body).ToArray();
        var text = System.Text.Encoding.UTF8.GetString(traces);
        Assert.Contains("Microsoft.AspNetCore", text);
        Assert.Contains("Npgsql", text);
    }

    private static async Task<WebApplication> StartCollectorAsync(ConcurrentQueue<(string, byte[])> received, TaskCompletionSource firstTrace)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var collector = builder.Build();
        collector.MapPost("/v1/{signal}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            received.Enqueue((context.Request.Path, body.ToArray()));
            if (context.Request.Path == "/v1/traces")
            {
                firstTrace.TrySetResult();
            }

            return Results.Ok();
        });
        await collector.StartAsync();
        return collector;
    }
}
