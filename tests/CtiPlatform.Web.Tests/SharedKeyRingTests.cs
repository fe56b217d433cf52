using System.Net;
using System.Security.Claims;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Npgsql;

namespace CtiPlatform.Web.Tests;

/// <summary>
/// Replicas of the web app share their data-protection key ring through their database (decision 806): one replica
/// opens the session cookie and the antiforgery token another issued, a replica outside the ring opens neither, and
/// the keys are stored encrypted with the personal-data key ring.
/// </summary>
public sealed class SharedKeyRingTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    // One personal-data ring for every test of the class, as every pod of a deployment has the same: the database outlives a test.
    private static readonly IReadOnlyList<KeyValuePair<string, string?>> KeyRing = [.. TestKeyRings.Fresh()];
    private WebReplica first = null!;
    private WebReplica second = null!;
    private WebReplica outsider = null!;

    public async Task InitializeAsync()
    {
        first = await WebReplica.StartAsync([.. database.ConnectionStrings("web-db"), .. KeyRing]);
        second = await WebReplica.StartAsync([.. database.ConnectionStrings("web-db"), .. KeyRing]);
        outsider = await WebReplica.StartAsync([]);
    }

    public async Task DisposeAsync()
    {
        await outsider.DisposeAsync();
        await second.DisposeAsync();
        await first.DisposeAsync();
    }

    [Fact]
    public async Task A_session_cookie_one_replica_issued_opens_on_another_and_not_outside_the_ring()
    {
        var cookie = SessionCookie(first, Roles.Shelter);

        Assert.Equal("/shelter/referrals", await FrontDoorAsync(second, cookie));
        Assert.Equal("/shelter/referrals", await FrontDoorAsync(first, cookie));
        Assert.StartsWith("/login", await FrontDoorAsync(outsider, cookie), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_antiforgery_token_one_replica_issued_validates_on_another_and_not_outside_the_ring()
    {
        var tokens = first.Services.GetRequiredService<IAntiforgery>().GetTokens(new DefaultHttpContext { RequestServices = first.Services });

        Assert.True(await PostIsValidAsync(second, tokens));
        Assert.False(await PostIsValidAsync(outsider, tokens));
    }

    [Fact]
    public async Task The_key_ring_is_stored_with_its_key_material_encrypted()
    {
        SessionCookie(first, Roles.CtiWorker);

        await using var connection = new NpgsqlConnection(database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select xml from data_protection_keys", connection);
        var keys = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                keys.Add(reader.GetString(0));
            }
        }

        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("KeyRingXmlDecryptor", xml, StringComparison.Ordinal);
            Assert.Contains(">v2:k1:", xml, StringComparison.Ordinal);
            // The plaintext master key is a <value> element inside <masterKey>; encrypted, none is left.
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
        });
    }

    /// <summary>The cookie a sign-in on <paramref name="replica"/> sets, protected with that replica's keys.</summary>
    private static string SessionCookie(WebReplica replica, string role)
    {
        var (principal, properties) = WebAuthentication.Session(
            [new Claim(CtiClaimTypes.Subject, "user-" + role), new Claim(CtiClaimTypes.Role, role), new Claim(CtiClaimTypes.Tenant, TestTokens.TenantA)],
            TestTokens.Mint(role));
        properties.IssuedUtc = DateTimeOffset.UtcNow;
        properties.ExpiresUtc = DateTimeOffset.UtcNow.AddMinutes(15);
        var cookie = replica.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
        return $"{WebAuthentication.SessionCookie}={cookie.TicketDataFormat.Protect(new AuthenticationTicket(principal, properties, CookieAuthenticationDefaults.AuthenticationScheme))}";
    }

    /// <summary>Where the front door sends the bearer of <paramref name="cookie"/>: her start page, or the log-in.</summary>
    private static async Task<string> FrontDoorAsync(WebReplica replica, string cookie)
    {
        using var client = replica.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    private static async Task<bool> PostIsValidAsync(WebReplica replica, AntiforgeryTokenSet tokens)
    {
        await using var scope = replica.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = HttpMethods.Post;
        context.Request.Headers.Cookie = $"{WebAuthentication.AntiforgeryCookie}={tokens.CookieToken}";
        context.Request.ContentType = "application/x-www-form-urlencoded";
        context.Request.Form = new FormCollection(new Dictionary<string, StringValues> { [tokens.FormFieldName] = tokens.RequestToken });
        return await replica.Services.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context);
    }
}
