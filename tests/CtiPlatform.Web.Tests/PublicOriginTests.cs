using System.Net;

namespace CtiPlatform.Web.Tests;

/// <summary>
/// Behind the gateway and a TLS-terminating ingress the app sees plain HTTP at its pod's address; its configured public
/// origin is what it builds its addresses from (decision 805; every cookie is Secure anyway, decision 803), and no forwarded header a caller sends changes it.
/// </summary>
public sealed class PublicOriginTests : IAsyncLifetime
{
    private WebReplica behindIngress = null!;

    public async Task InitializeAsync() =>
        behindIngress = await WebReplica.StartAsync([new("WebOptions:PublicOrigin", "https://cti.kommune.example")]);

    public async Task DisposeAsync() => await behindIngress.DisposeAsync();

    [Fact]
    public async Task Redirects_name_the_public_https_origin_whatever_the_caller_forwards()
    {
        using var client = behindIngress.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Forwarded-Proto", "http");
        request.Headers.Add("X-Forwarded-Host", "evil.example");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("https://cti.kommune.example/login?ReturnUrl=%2F", response.Headers.Location!.AbsoluteUri);
    }
}
