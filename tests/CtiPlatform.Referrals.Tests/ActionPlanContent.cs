using System.Net.Sockets;
using System.Text;

namespace CtiPlatform.Referrals.Tests;

/// <summary>Bodies for action-plan uploads: small PDFs with a text inside, and a body that stalls after its first bytes.</summary>
public static class ActionPlanContent
{
    /// <summary>A PDF by its first bytes (all the service checks), carrying <paramref name="text"/> in clear.</summary>
    public static byte[] Pdf(string text) => Encoding.ASCII.GetBytes($"%PDF-1.7\n1 0 obj\n<< /Title ({text}) >>\nendobj\n%%EOF\n");

    public static ByteArrayContent AsPdf(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/pdf");
        return content;
    }

    /// <summary>
    /// Sends a PUT whose body is <paramref name="first"/> and then nothing more, over a raw connection (HttpClient would
    /// wait for its body to be sent before returning the answer), and returns what the service answered: a service
    /// that waited for all of the body would never answer. <paramref name="declaredLength"/> null sends it chunked.
    /// </summary>
    public static async Task<string> PutStallingAsync(Uri address, string path, string token, byte[] first, long? declaredLength, TimeSpan timeout)
    {
        using var tcp = new TcpClient();
        using var cancel = new CancellationTokenSource(timeout);
        await tcp.ConnectAsync(address.Host, address.Port, cancel.Token);
        var stream = tcp.GetStream();
        var framing = declaredLength is { } length ? $"Content-Length: {length}" : "Transfer-Encoding: chunked";
        var head = $"PUT {path} HTTP/1.1\r\nHost: {address.Authority}\r\nAuthorization: Bearer {token}\r\nContent-Type: application/pdf\r\n{framing}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), cancel.Token);
        if (declaredLength is null)
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"{first.Length:x}\r\n"), cancel.Token);
        }

        await stream.WriteAsync(first, cancel.Token);
        await stream.FlushAsync(cancel.Token);

        // Read up to the end of the problem's JSON: the service may close the connection right after, as it does not
        // wait for the rest of a body it refused.
        var answer = new StringBuilder();
        var buffer = new byte[8192];
        while (answer.ToString().Split("\r\n\r\n", 2) is not [_, var body] || !body.Contains('}', StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, cancel.Token);
            if (read == 0)
            {
                break;
            }

            answer.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }

        return answer.ToString();
    }
}
