using CtiPlatform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CtiPlatform.Web.Tests;

/// <summary>
/// One replica of the web app as its own host composes it (<c>AddWeb</c>, <c>MapWeb</c>), on real Kestrel on a loopback
/// port, configured as the chart configures a pod: an identity provider (never contacted unless a test logs in through
/// it, or names its own) and, given a database, the shared key ring. A test's settings replace the defaults.
/// </summary>
public sealed class WebReplica : IAsyncDisposable
{
    private WebReplica(WebApplication app)
    {
        App = app;
        Address = new Uri(app.Urls.First());
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    public IServiceProvider Services => App.Services;

    public static async Task<WebReplica> StartAsync(IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WebExtensions).Assembly.GetName().Name,
            EnvironmentName = "Production",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(
        [
            .. TestTokens.Configuration,
            new("OidcOptions:Authority", "https://login.cti-test.example"),
            new("WebOptions:GatewayAddress", "http://127.0.0.1:9"),
        ]);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddWeb();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapWeb();
        await app.StartAsync();
        return new WebReplica(app);
    }

    /// <summary>A client that follows no redirect and keeps no cookies: each test says what it sends.</summary>
    public HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Address };

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
