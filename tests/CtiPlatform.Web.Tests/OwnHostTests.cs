using System.Diagnostics;

namespace CtiPlatform.Web.Tests;

/// <summary>
/// The web app's own host, as its image runs it: the demo log-in is the standalone host's alone (decision 805), so asked
/// for it by the environment the app's own host still refuses to start without an identity provider.
/// </summary>
public sealed class OwnHostTests
{
    [Fact]
    public async Task The_web_apps_own_host_refuses_the_demo_log_in_and_stops_without_an_identity_provider()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CtiPlatform.Web.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["DemoLoginOptions__Enabled"] = "true";
        start.Environment["JwtOptions__SigningKey"] = TestKeyRings.NewKey();
        start.Environment["WebOptions__GatewayAddress"] = "http://127.0.0.1:9";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The web app's own host started with the demo log-in and no identity provider.");
        }

        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("Exactly one of OidcOptions:Authority and DemoLoginOptions:Enabled must be set.", await output + await error, StringComparison.Ordinal);
    }
}
