using System.Net;

namespace CtiPlatform.Gateway.Tests.Hosts;

/// <summary>
/// A large request body written from one reused buffer, so the client itself allocates next to nothing and
/// an allocation measurement sees the gateway. <paramref name="announceLength"/> false sends it chunked.
/// </summary>
public sealed class PatternContent(long length, bool announceLength = true) : HttpContent
{
    public const int ChunkSize = 64 * 1024;

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        await SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var chunk = new byte[ChunkSize];
        Array.Fill(chunk, (byte)'x');
        for (var remaining = length; remaining > 0; remaining -= chunk.Length)
        {
            await stream.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, remaining)), cancellationToken);
        }
    }

    protected override bool TryComputeLength(out long contentLength)
    {
        contentLength = announceLength ? length : -1;
        return announceLength;
    }
}
