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
/// every request as it arrived and answers 204, or an error for a recipient told to fail, or late for one told to hang,
/// or only once released for one held. A recipient is an e-mail's <c>emailTo</c> or an SMS's <c>toNumber</c>. It can be
/// stopped, so that nothing listens on its port, and started again on the same port. No Dapr runtime runs here.
/// </summary>
public sealed class FakeSidecar : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, (int Left, HttpStatusCode Status)> failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TimeSpan> hangs = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<SidecarRequest> held = new();
    private WebApplication? app;
    private Hold? hold;

    private FakeSidecar()
    {
    }

    public Uri Address { get; private set; } = null!;

    public ConcurrentQueue<SidecarRequest> Received { get; } = new();

    /// <summary>How long each request takes to answer, as a slow SMTP relay would; none by default.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>The requests waiting, unanswered, until <see cref="Release"/>.</summary>
    public IReadOnlyCollection<SidecarRequest> Held => held;

    public static async Task<FakeSidecar> StartAsync()
    {
        var sidecar = new FakeSidecar();
        await sidecar.ListenAsync("http://127.0.0.1:0");
        return sidecar;
    }

    /// <summary>
    /// The next <paramref name="count"/> requests to <paramref name="recipient"/> get <paramref name="status"/> (500 unless
    /// told); int.MaxValue for all.
    /// </summary>
    public void Fail(string recipient, int count, HttpStatusCode status = HttpStatusCode.InternalServerError) => failures[recipient] = (count, status);

    /// <summary>
    /// Requests to recipients that <paramref name="recipients"/> picks are recorded as they arrive but answered only once
    /// <see cref="Release"/> is called: the test decides what happens while they are in flight.
    /// </summary>
    public void HoldWhile(Func<string, bool> recipients) => hold = new Hold(recipients, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    /// <summary>Answers every held request (as it would have been answered) and holds no more.</summary>
    public void Release()
    {
        var released = Interlocked.Exchange(ref hold, null);
        held.Clear();
        released?.Gate.TrySetResult();
    }

    /// <summary>Stops listening: a connection to <see cref="Address"/> is refused, as when the sidecar is not running.</summary>
    public async Task StopAsync()
    {
        await app!.StopAsync();
        await app.DisposeAsync();
        app = null;
    }

    /// <summary>Listens again on the same address, keeping what it received.</summary>
    public Task StartAgainAsync() => ListenAsync(Address.ToString());

    /// <summary>Every request to <paramref name="recipient"/> takes <paramref name="delay"/> before it is answered, as a relay that hangs.</summary>
    public void Hang(string recipient, TimeSpan delay) => hangs[recipient] = delay;

    public IReadOnlyList<SidecarRequest> To(string recipient) => Received.Where(r => Recipient(r.Metadata) == recipient).ToList();

    public async ValueTask DisposeAsync()
    {
        Release();
        if (app is not null)
        {
            await StopAsync();
        }
    }

    private async Task ListenAsync(string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapPost("/v1.0/bindings/{name}", (Delegate)Invoke);
        await app.StartAsync();
        Address = new Uri(app.Urls.First());
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
        if (hold is { } current && current.Recipients(to))
        {
            held.Enqueue(received);
            await current.Gate.Task;
        }

        if (hangs.TryGetValue(to, out var hang))
        {
            await Task.Delay(hang);
        }

        if (failures.TryGetValue(to, out var failure) && failure.Left > 0)
        {
            failures[to] = failure with { Left = failure.Left == int.MaxValue ? failure.Left : failure.Left - 1 };
            return Results.StatusCode((int)failure.Status);
        }

        return Results.NoContent();
    }

    private sealed record Hold(Func<string, bool> Recipients, TaskCompletionSource Gate);

    private static string Recipient(IReadOnlyDictionary<string, string> metadata) =>
        metadata.GetValueOrDefault("emailTo") ?? metadata.GetValueOrDefault("toNumber") ?? "";
}
