using System.Net;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Standalone;

/// <summary>
/// Refuses to start on a listen address beyond this machine unless <see cref="StandaloneOptions.AllowRemoteAccess"/>
/// says so. It reads the addresses where Kestrel does — <c>Urls</c>, else <c>HTTP_PORTS</c>/<c>HTTPS_PORTS</c> (which
/// bind every interface), and <c>Kestrel:Endpoints</c> — and runs before any service starts or the server listens.
/// </summary>
internal sealed class LoopbackOnlyValidator(IConfiguration configuration) : IValidateOptions<StandaloneOptions>
{
    public ValidateOptionsResult Validate(string? name, StandaloneOptions options)
    {
        if (options.AllowRemoteAccess)
        {
            return ValidateOptionsResult.Success;
        }

        var remote = ListenAddresses().Where(a => !IsLoopback(a)).ToList();
        return remote.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"The standalone host listens on loopback only, but was given {string.Join(", ", remote)}. It prints a token for every " +
                "role and is meant for this machine: use http://127.0.0.1:<port>, or set StandaloneOptions:AllowRemoteAccess=true " +
                "to let other machines reach it (decision 023).");
    }

    private IEnumerable<string> ListenAddresses()
    {
        var urls = Split(configuration["urls"]);
        if (urls.Count == 0)
        {
            urls = [.. Split(configuration["http_ports"]).Select(p => $"http://*:{p}"), .. Split(configuration["https_ports"]).Select(p => $"https://*:{p}")];
        }

        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>();
        return urls.Concat(endpoints);
    }

    private static List<string> Split(string? value) => [.. (value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static bool IsLoopback(string address)
    {
        try
        {
            var host = BindingAddress.Parse(address).Host.Trim('[', ']');
            return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
        }
        catch (FormatException)
        {
            // Kestrel would refuse it too; saying so here names the setting.
            return false;
        }
    }
}
