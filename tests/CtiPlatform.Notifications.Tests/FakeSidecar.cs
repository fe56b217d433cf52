using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CtiPlatform.Notifications.Tests;

/// <summary>
/// A Dapr sidecar's bindings endpoint (<c>POST /v1.0/bindings/{name}</c>) on real Kestrel on loopback: it records
/// every request as it arrived and answers 204, or 500 for a recipient told to fail, or late for one told to hang. A
/// recipient is an e-mail's <c>emailTo</c> or an SMS's <c>toNumber</c>. No Dapr runtime runs here.
/// </summary>
public sealed class FakeSidecar : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, int> failuresLeft = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TimeSpan> hangs = new(StringComparer.Ordinal);

    private FakeSidecar(WebApplication app) => this.app = app;

    public Uri Address => new(app.Urls.First());

    public ConcurrentQueue<SidecarRequest> Received { get; } = new();

    /// <summary>How long each request takes to answer, as a slow SMTP relay would; none by default.</summary>
    public TimeSpan Delay { get; set; }

    public static async Task<FakeSidecar> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sidecar = new FakeSidecar(app);
        app.MapPost("/v1.0/bindings/{name}", (Delegate)sidecar.Invoke);
        await app.StartAsync();
        return sidecar;
    }

    /// <summary>The next <paramref name="count"/> requests to <paramref name="recipient"/> get 500; int.MaxValue for all.</summary>
    public void Fail(string recipient, int count) => failuresLeft[recipient] = count;

    /// <summary>Every request to <paramref name="recipient"/> takes <paramref name="delay"/> before it is answered, as a relay that hangs.</summary>
    public void Hang(string recipient, TimeSpan delay) => hangs[recipient] = delay;

    public IReadOnlyList<SidecarRequest> To(string recipient) => Received.Where(r => Recipient(r.Metadata) == recipient).ToList();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<IResult> Invoke(string name, HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var raw = await reader.ReadToEndAsync();
        using var json = JsonDocument.Parse(raw);
        var metadata = json.RootElement.TryGetProperty("metadata", out var m)
            ? m.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal)
            : [];
        var received = new SidecarRequest(
            name, json.RootElement.GetProperty("operation").GetString()!, json.RootElement.GetProperty("data").GetString()!, metadata, raw,
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), DateTimeOffset.UtcNow);
        Received.Enqueue(received);
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay);
        }

        var to = Recipient(metadata);
        if (hangs.TryGetValue(to, out var hang))
        {
            await Task.Delay(hang);
        }

        if (failuresLeft.TryGetValue(to, out var left) && left > 0)
        {
            failuresLeft[to] = left == int.MaxValue ? left : left - 1;
            return Results.StatusCode((int)HttpStatusCode.InternalServerError);
        }

        return Results.NoContent();
    }

    private static string Recipient(IReadOnlyDictionary<string, string> metadata) =>
        metadata.GetValueOrDefault("emailTo") ?? metadata.GetValueOrDefault("toNumber") ?? "";
}
