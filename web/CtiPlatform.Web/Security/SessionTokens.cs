using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Web.Security;

/// <summary>
/// The session's access token, renewed with its refresh token shortly before it expires (decision 808), so that a worker
/// in the middle of a form is not sent to log in because the provider's access tokens live five minutes. The tokens stay
/// in the encrypted session ticket; the renewed ones replace them there. A refresh the provider refuses ends the session.
/// </summary>
internal sealed partial class SessionTokens(IOptionsMonitor<OpenIdConnectOptions> oidc, IOptions<OidcOptions> options, TimeProvider clock, ILogger<SessionTokens> logger)
{
    private const string RefreshToken = "refresh_token";
    private const string ExpiresAt = "expires_at";
    private const string IdToken = "id_token";

    /// <summary>How long a refresh's answer is kept for the other requests that came with the same, now used, refresh token.</summary>
    private static readonly TimeSpan Shared = TimeSpan.FromMinutes(2);

    // Keyed by a hash of the refresh token: parallel requests of one session (two tabs, a page and its pictures) make one
    // exchange, which a provider that rotates refresh tokens requires — the second use of a refresh token is refused.
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, Lazy<Task<Renewed?>> Exchange)> exchanges = new();

    public async Task<string?> AccessTokenAsync(HttpContext context)
    {
        var session = await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (session is not { Succeeded: true, Properties: { } properties })
        {
            return null;
        }

        var accessToken = properties.GetTokenValue(WebAuthentication.AccessToken);
        if (properties.GetTokenValue(RefreshToken) is not { } refreshToken
            || !DateTimeOffset.TryParse(properties.GetTokenValue(ExpiresAt), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var expiresAt)
            || expiresAt - clock.GetUtcNow() > options.Value.RefreshBefore)
        {
            return accessToken;
        }

        var renewed = await ExchangeOnceAsync(refreshToken) ?? throw new SessionEndedException();
        if (renewed.AccessToken is null)
        {
            // The provider could not be reached: the current token serves until it expires, then the gateway ends the session.
            return accessToken;
        }

        properties.UpdateTokenValue(WebAuthentication.AccessToken, renewed.AccessToken);
        properties.UpdateTokenValue(RefreshToken, renewed.RefreshToken ?? refreshToken);
        properties.UpdateTokenValue(ExpiresAt, renewed.ExpiresAt.ToString("o", CultureInfo.InvariantCulture));
        if (renewed.IdToken is not null)
        {
            properties.UpdateTokenValue(IdToken, renewed.IdToken);
        }

        if (!context.Response.HasStarted)
        {
            // A new ticket, issued now: the request is activity, so the idle time-out starts again as with any request.
            properties.IssuedUtc = null;
            properties.ExpiresUtc = null;
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, session.Principal, properties);
        }

        return renewed.AccessToken;
    }

    private async Task<Renewed?> ExchangeOnceAsync(string refreshToken)
    {
        var now = clock.GetUtcNow();
        foreach (var stale in exchanges.Where(e => now - e.Value.At > Shared))
        {
            exchanges.TryRemove(stale);
        }

        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken)));
        // Not the request's cancellation: the exchange is shared, and one request's end must not fail the others.
        var renewed = await exchanges.GetOrAdd(key, _ => (now, new Lazy<Task<Renewed?>>(() => ExchangeAsync(refreshToken)))).Exchange.Value;
        if (renewed is { AccessToken: null })
        {
            // An unreachable provider is asked again on the next request.
            exchanges.TryRemove(key, out _);
        }

        return renewed;
    }

    /// <summary>The provider's new tokens; null when it refused the refresh token; no access token when it could not be reached.</summary>
    private async Task<Renewed?> ExchangeAsync(string refreshToken)
    {
        var client = oidc.Get(OpenIdConnectDefaults.AuthenticationScheme);
        try
        {
            var configuration = await client.ConfigurationManager!.GetConfigurationAsync(CancellationToken.None);
            using var response = await client.Backchannel.PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = RefreshToken,
                ["refresh_token"] = refreshToken,
                ["client_id"] = client.ClientId!,
                ["client_secret"] = client.ClientSecret ?? "",
            }));
            if ((int)response.StatusCode is >= 400 and < 500)
            {
                LogRefused((int)response.StatusCode);
                return null;
            }

            response.EnsureSuccessStatusCode();
            using var answer = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
            var tokens = answer.RootElement;
            string? Text(string name) => tokens.TryGetProperty(name, out var value) ? value.GetString() : null;
            var lifetime = tokens.TryGetProperty("expires_in", out var seconds) ? TimeSpan.FromSeconds(seconds.GetInt32()) : TimeSpan.Zero;
            return new Renewed(Text(WebAuthentication.AccessToken), Text(RefreshToken), Text(IdToken), clock.GetUtcNow() + lifetime);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or JsonException or TaskCanceledException)
        {
            LogUnreachable(e.GetType().Name);
            return new Renewed(null, null, null, default);
        }
    }

    [LoggerMessage(LogLevel.Information, "The identity provider refused the session's refresh token ({Status}); the session ends.")]
    private partial void LogRefused(int status);

    [LoggerMessage(LogLevel.Warning, "The identity provider could not renew the session's access token ({Error}); the current one serves until it expires.")]
    private partial void LogUnreachable(string error);

    private sealed record Renewed(string? AccessToken, string? RefreshToken, string? IdToken, DateTimeOffset ExpiresAt);
}
