using System.Net;
using System.Text.Json;
using CtiPlatform.Gateway.Tests.Hosts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CtiPlatform.Gateway.Tests;

/// <summary>Services that are down, slow, or left by their caller.</summary>
public sealed class FailureTests : IAsyncLifetime
{
    private static readonly TimeSpan SignalWait = TimeSpan.FromSeconds(15);

    private readonly TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Upstream slow = null!;

    public async Task InitializeAsync() => slow = await Upstream.StartAsync(app =>
        app.MapGet("/api/slow", async (HttpContext context) =>
        {
            reached.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                cancelled.TrySetResult();
            }
        }));

    public async Task DisposeAsync() => await slow.DisposeAsync();

    [Fact]
    public async Task A_service_that_refuses_connections_gives_502_problem_details_without_its_address()
    {
        var down = Upstream.Refusing();
        await using var gateway = await RunningGateway.StartAsync(RunningGateway.Route("referrals", "/api/referrals", [down]));
        using var client = gateway.Client();

        using var response = await client.GetAsync("/api/referrals");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Tjenesten svarer ikke lige nu. Prøv igen senere.", JsonDocument.Parse(body).RootElement.GetProperty("title").GetString());
        Assert.DoesNotContain(new Uri(down).Authority, body);
        Assert.DoesNotContain("127.0.0.1", body);
    }

    [Fact]
    public async Task A_service_slower_than_the_route_timeout_gives_504_and_its_request_is_cancelled()
    {
        await using var gateway = await RunningGateway.StartAsync(
            RunningGateway.Route("slow", "/api/slow", [slow.Address], ("Timeout", "00:00:00.300")));
        using var client = gateway.Client();

        using var response = await client.GetAsync("/api/slow");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("Tjenesten svarede ikke i tide. Prøv igen senere.", JsonDocument.Parse(body).RootElement.GetProperty("title").GetString());
        Assert.DoesNotContain(new Uri(slow.Address).Authority, body);
        await cancelled.Task.WaitAsync(SignalWait);
    }

    [Fact]
    public async Task A_client_that_aborts_cancels_the_request_to_the_service()
    {
        await using var gateway = await RunningGateway.StartAsync(RunningGateway.Route("slow", "/api/slow", [slow.Address]));
        using var client = gateway.Client();
        using var abort = new CancellationTokenSource();

        var call = client.GetAsync("/api/slow", abort.Token);
        await reached.Task.WaitAsync(SignalWait);
        await abort.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        await cancelled.Task.WaitAsync(SignalWait);
    }
}
