using System.Net;
using System.Net.Sockets;

namespace CtiPlatform.Messaging.Tests.Infrastructure;

/// <summary>
/// Forwards a loopback port to the broker and can cut it: while cut, every connection is dropped and new ones
/// are refused, which is what clients see when RabbitMQ stops. Unlike <c>rabbitmqctl stop_app</c>, it leaves the
/// shared broker running for other test runs on the machine.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly IPEndPoint target;
    private readonly List<TcpClient> connections = [];
    private readonly object gate = new();
    private TcpListener listener;
    private CancellationTokenSource running = new();

    public TcpProxy(IPEndPoint target)
    {
        this.target = target;
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _ = AcceptAsync(listener, running.Token);
    }

    public int Port { get; }

    /// <summary>Drops every connection and refuses new ones until <see cref="Restore"/>.</summary>
    public void Cut()
    {
        running.Cancel();
        listener.Stop();
        lock (gate)
        {
            foreach (var connection in connections)
            {
                connection.Dispose();
            }

            connections.Clear();
        }
    }

    public void Restore()
    {
        running = new CancellationTokenSource();
        listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _ = AcceptAsync(listener, running.Token);
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptAsync(TcpListener accepting, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await accepting.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            var upstream = new TcpClient();
            try
            {
                await upstream.ConnectAsync(target, cancellationToken);
            }
            catch (Exception) when (cancellationToken.IsCancellationRequested)
            {
                client.Dispose();
                upstream.Dispose();
                return;
            }

            lock (gate)
            {
                // A connection accepted while Cut() ran must not outlive it: Cut cancels before it takes the lock,
                // so a pair added after Cut emptied the list sees the cancellation here.
                if (cancellationToken.IsCancellationRequested)
                {
                    client.Dispose();
                    upstream.Dispose();
                    return;
                }

                connections.Add(client);
                connections.Add(upstream);
            }

            _ = PumpAsync(client, upstream);
            _ = PumpAsync(upstream, client);
        }
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream());
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or SocketException or InvalidOperationException)
        {
            // The other side or the cut closed the connection; closing both below ends the pair.
        }

        from.Dispose();
        to.Dispose();
    }
}
