using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CtiPlatform.Gateway.Tests.Hosts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CtiPlatform.Gateway.Tests;

/// <summary>Encoded dot segments stay inside the route's prefix: the service decodes the path the gateway routed, never another.</summary>
public sealed class EncodedPathTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<(string RawTarget, string Path)> received = new();
    private Upstream service = null!;
    private RunningGateway gateway = null!;

    public async Task InitializeAsync()
    {
        service = await Upstream.StartAsync(app => app.Run(context =>
        {
            received.Enqueue((context.Features.Get<IHttpRequestFeature>()!.RawTarget, context.Request.Path.Value ?? ""));
            return Task.CompletedTask;
        }));
        gateway = await RunningGateway.StartAsync(RunningGateway.Route("referrals", "/api/referrals", [service.Address]));
    }

    public async Task DisposeAsync()
    {
        await gateway.DisposeAsync();
        await service.DisposeAsync();
    }

    [Theory]
    [InlineData("/api/referrals/%252e%252e/access-log", "/api/referrals/%2e%2e/access-log")]
    [InlineData("/api/referrals/%252E%252E/%252e%252e/access-log", "/api/referrals/%2E%2E/%2e%2e/access-log")]
    [InlineData("/api/referrals/x/%252e%252e%252faccess-log", "/api/referrals/x/%2e%2e%2faccess-log")]
    public async Task A_double_encoded_dot_segment_reaches_the_service_as_the_literal_segment_the_gateway_routed(string sent, string decodedByService)
    {
        var status = await SendRawAsync(sent);

        Assert.Equal(HttpStatusCode.OK, status);
        var (rawTarget, path) = Assert.Single(received);
        Assert.Equal(decodedByService, path);
        Assert.StartsWith("/api/referrals/", rawTarget, StringComparison.Ordinal);
        Assert.DoesNotContain("%2e", rawTarget, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/referrals/%2e%2e/courses")]
    [InlineData("/api/referrals/%2E%2E/%2e%2e/courses")]
    [InlineData("/api/referrals/.%2e/courses")]
    public async Task A_single_encoded_dot_segment_never_reaches_the_service_outside_the_routes_prefix(string sent)
    {
        await SendRawAsync(sent);

        Assert.All(received, r => Assert.StartsWith("/api/referrals/", r.Path, StringComparison.Ordinal));
    }

    /// <summary>Sends the request target byte for byte: HttpClient's Uri would decode and collapse the dot segments itself.</summary>
    private async Task<HttpStatusCode> SendRawAsync(string target)
    {
        using var client = gateway.Client();
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(gateway.Address.Host, gateway.Address.Port);
        await using var stream = tcp.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {gateway.Address.Authority}\r\nAuthorization: {client.DefaultRequestHeaders.Authorization}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync() ?? "";
        return (HttpStatusCode)int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
