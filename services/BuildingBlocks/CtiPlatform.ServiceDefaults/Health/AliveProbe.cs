namespace CtiPlatform.ServiceDefaults.Health;

/// <summary>
/// Container images carry no curl, so a host started with the argument <c>probe</c> asks its own running twin for
/// <c>/alive</c> and exits 0 or 1: the image's HEALTHCHECK command. <c>probe ready</c> asks for <c>/health</c>
/// instead (can it serve requests: the database, never the broker), which compose uses to gate what depends on it.
/// </summary>
public static class AliveProbe
{
    /// <summary>Runs the probe when asked to; returns false (and does nothing) otherwise.</summary>
    public static async Task<bool> TryRunAsync(string[] args)
    {
        var path = args switch
        {
            ["probe"] => "/alive",
            ["probe", "ready"] => "/health",
            _ => null,
        };
        if (path is null)
        {
            return false;
        }

        var port = (Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS") ?? "8080").Split(';', ',')[0];
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}{path}"));
            Environment.ExitCode = response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Environment.ExitCode = 1;
        }

        return true;
    }
}
