namespace CtiPlatform.ServiceDefaults.Health;

/// <summary>
/// Container images carry no curl, so a host started with the argument <c>probe</c> asks its own running twin for
/// <c>/alive</c> and exits 0 or 1: the image's HEALTHCHECK command. <c>probe ready</c> asks for <c>/health</c>
/// instead (can it serve requests: the database, never the broker), which compose uses to gate what depends on it.
/// <c>probe &lt;url&gt;...</c> GETs each absolute http(s) URL and exits 0 only when every one answers 2xx: the chart's
/// <c>helm test</c> runs it in the gateway's image against the gateway's Service.
/// </summary>
public static class AliveProbe
{
    /// <summary>Runs the probe when asked to; returns false (and does nothing) otherwise.</summary>
    public static async Task<bool> TryRunAsync(string[] args)
    {
        var port = (Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS") ?? "8080").Split(';', ',')[0];
        IReadOnlyList<Uri>? targets = args switch
        {
            ["probe"] => [new Uri($"http://127.0.0.1:{port}/alive")],
            ["probe", "ready"] => [new Uri($"http://127.0.0.1:{port}/health")],
            ["probe", .. var urls] when urls.Length > 0 && urls.All(IsHttpUrl) => urls.Select(u => new Uri(u)).ToList(),
            _ => null,
        };
        if (targets is null)
        {
            return false;
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        var failed = false;
        foreach (var target in targets)
        {
            try
            {
                using var response = await http.GetAsync(target);
                failed |= !response.IsSuccessStatusCode;
                // Only the status: the probe's output lands in pod logs, and a body could carry anything.
                Console.WriteLine($"{(int)response.StatusCode} {target}");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                failed = true;
                Console.WriteLine($"unreachable {target}");
            }
        }

        Environment.ExitCode = failed ? 1 : 0;
        return true;
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
