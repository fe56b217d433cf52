using System.Net;
using CtiPlatform.Gateway.Tests.Hosts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CtiPlatform.Gateway.Tests;

/// <summary>
/// Large bodies pass through without the gateway holding them. The bound is on managed allocations across the
/// whole process (client, gateway and service share it) during a 50 MB transfer: any buffering of the body, in
/// a MemoryStream, a byte array or an HttpContent that loads itself, allocates at least the body's size, while
/// streaming with pooled buffers allocates a small, size-independent amount. Allocation counts are exact and
/// unaffected by when the GC runs, which makes them steadier than working-set readings.
/// </summary>
public sealed class StreamingTests : IAsyncLifetime
{
    private const long FiftyMegabytes = 50L * 1024 * 1024;
    private const long AllocationBound = 8L * 1024 * 1024;

    private long received;
    private Upstream files = null!;
    private RunningGateway gateway = null!;

    public async Task InitializeAsync()
    {
        files = await Upstream.StartAsync(app =>
        {
            app.MapPost("/api/files", async (HttpContext context) =>
            {
                var buffer = new byte[PatternContent.ChunkSize];
                long total = 0;
                int read;
                while ((read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
                {
                    total += read;
                }

                Interlocked.Exchange(ref received, total);
                return Results.NoContent();
            });
            app.MapGet("/api/files/large", async (HttpContext context) =>
            {
                var chunk = new byte[PatternContent.ChunkSize];
                context.Response.ContentLength = FiftyMegabytes;
                context.Response.ContentType = "application/octet-stream";
                for (var remaining = FiftyMegabytes; remaining > 0; remaining -= chunk.Length)
                {
                    await context.Response.Body.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, remaining)), context.RequestAborted);
                }
            });
        });
        gateway = await RunningGateway.StartAsync(
            RunningGateway.Route("files", "/api/files", [files.Address], ("MaxRequestBodySize", (64L * 1024 * 1024).ToString())));
    }

    public async Task DisposeAsync()
    {
        await gateway.DisposeAsync();
        await files.DisposeAsync();
    }

    [Fact]
    public async Task A_50_MB_upload_streams_through_on_a_route_that_allows_it_with_bounded_memory()
    {
        using var client = gateway.Client();
        await WarmUpAsync(client);

        var before = GC.GetTotalAllocatedBytes(precise: true);
        using var response = await client.PostAsync("/api/files", new PatternContent(FiftyMegabytes));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(FiftyMegabytes, Interlocked.Read(ref received));
        Assert.True(allocated < AllocationBound, $"{allocated / 1024} KB allocated during a 50 MB upload");
    }

    [Fact]
    public async Task A_50_MB_download_streams_through_with_bounded_memory()
    {
        using var client = gateway.Client();
        await WarmUpAsync(client);
        var buffer = new byte[PatternContent.ChunkSize];

        var before = GC.GetTotalAllocatedBytes(precise: true);
        using var response = await client.GetAsync("/api/files/large", HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FiftyMegabytes, total);
        Assert.True(allocated < AllocationBound, $"{allocated / 1024} KB allocated during a 50 MB download");
    }

    // The first request through pays for JIT compilation, connection set-up and token validation caches;
    // those are one-off costs, not the transfer's.
    private static async Task WarmUpAsync(HttpClient client)
    {
        using var warmUp = await client.PostAsync("/api/files", new PatternContent(PatternContent.ChunkSize * 4));
        Assert.Equal(HttpStatusCode.NoContent, warmUp.StatusCode);
    }
}
