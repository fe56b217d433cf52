using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using CtiPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CtiPlatform.Web.Tests.Distributed;

/// <summary>
/// The municipality's identity provider, stood in for by a small OpenID Connect provider on loopback (the README's
/// deviation table): discovery, the authorization endpoint with the code flow and PKCE (S256), the token endpoint
/// (authorization code and rotating refresh tokens), the key set, and the end-session endpoint; like a real provider it
/// keeps a session of its own (a cookie) that signs her in again without asking unless the client sends
/// <c>prompt=login</c>, and ends it at the end-session endpoint. It signs with RS256
/// and a key published only in its key set, so the services and the gateway accept its tokens exactly as they accept a
/// real provider's in the chart: through <c>JwtOptions:Authority</c>, with no shared secret.
/// </summary>
public sealed class LoopbackIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "cti-web";

    private const string SessionCookie = "idp-session";

    private readonly WebApplication app;
    private readonly RsaSecurityKey signingKey = new(RSA.Create(2048)) { KeyId = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)) };
    private readonly ConcurrentDictionary<string, Grant> codes = new();
    private readonly ConcurrentDictionary<string, Grant> refreshTokens = new();
    private readonly IReadOnlyDictionary<string, IdentityProviderUser> users;
    private int refreshes;
    private int endedSessions;

    private LoopbackIdentityProvider(WebApplication app, IEnumerable<IdentityProviderUser> users)
    {
        this.app = app;
        this.users = users.ToDictionary(u => u.Subject);
    }

    /// <summary>The issuer, which is also its address: what <c>JwtOptions:Authority</c> and <c>OidcOptions:Authority</c> name.</summary>
    public string Issuer { get; private set; } = "";

    public string ClientSecret { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>How long an access token it issues is valid.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many refresh tokens have been exchanged for new tokens.</summary>
    public int Refreshes => Volatile.Read(ref refreshes);

    /// <summary>How many times a user was sent to the end-session endpoint by the app.</summary>
    public int EndedSessions => Volatile.Read(ref endedSessions);

    /// <summary>The settings that make a service or the gateway accept this provider's access tokens, as the chart sets them.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ResourceServerSettings =>
    [
        new("JwtOptions:Issuer", Issuer),
        new("JwtOptions:Authority", Issuer),
        new("JwtOptions:SigningKey", ""),
        new("JwtOptions:RequireHttpsMetadata", "false"),
    ];

    /// <summary>The settings that make the web app its client.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ClientSettings =>
    [
        new("OidcOptions:Authority", Issuer),
        new("OidcOptions:ClientId", ClientId),
        new("OidcOptions:ClientSecret", ClientSecret),
        new("OidcOptions:RequireHttpsMetadata", "false"),
    ];

    public static async Task<LoopbackIdentityProvider> StartAsync(IEnumerable<IdentityProviderUser> users)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var provider = new LoopbackIdentityProvider(builder.Build(), users);
        provider.Map();
        await provider.app.StartAsync();
        provider.Issuer = provider.app.Urls.First().TrimEnd('/');
        return provider;
    }

    /// <summary>An access token for <paramref name="user"/>, as the provider would issue it to her, for a test's own set-up calls.</summary>
    public string AccessTokenFor(IdentityProviderUser user) => Sign(user, TestTokens.Audience, AccessTokenLifetime, nonce: null);

    /// <summary>Ends every refresh token it has issued, as the provider does when her session there ends or is revoked.</summary>
    public void RevokeRefreshTokens() => refreshTokens.Clear();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private void Map()
    {
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = $"{Issuer}/authorize",
            ["token_endpoint"] = $"{Issuer}/token",
            ["jwks_uri"] = $"{Issuer}/jwks",
            ["end_session_endpoint"] = $"{Issuer}/logout",
            ["response_types_supported"] = new[] { "code" },
            ["response_modes_supported"] = new[] { "query", "form_post" },
            ["grant_types_supported"] = new[] { "authorization_code", "refresh_token" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
            ["code_challenge_methods_supported"] = new[] { "S256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
            ["scopes_supported"] = new[] { "openid", "offline_access" },
        }));
        app.MapGet("/jwks", () =>
        {
            var key = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(signingKey.Rsa.ExportParameters(false)) { KeyId = signingKey.KeyId });
            return Results.Json(new { keys = new[] { new { kty = key.Kty, use = "sig", alg = SecurityAlgorithms.RsaSha256, kid = key.Kid, n = key.N, e = key.E } } });
        });
        app.MapGet("/authorize", (HttpContext context) =>
        {
            if (AuthorizationRequest.From(context.Request.Query) is not { } authorization)
            {
                return Results.BadRequest("invalid_request");
            }

            // Its own session signs her straight back in, as real providers do, unless the client asks for her credentials.
            return context.Request.Cookies.TryGetValue(SessionCookie, out var subject) && users.TryGetValue(subject, out var user) && authorization.Prompt != "login"
                ? CodeFor(user, authorization)
                : Results.Content(LogInPage(authorization), "text/html; charset=utf-8");
        });
        app.MapPost("/authorize", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            if (AuthorizationRequest.From(form) is not { } authorization || !users.TryGetValue(form["user"].ToString(), out var user))
            {
                return Results.BadRequest("invalid_request");
            }

            context.Response.Cookies.Append(SessionCookie, user.Subject, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/" });
            return CodeFor(user, authorization);
        });
        app.MapPost("/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            if (!ClientAuthenticated(request, form))
            {
                return Results.Json(new { error = "invalid_client" }, statusCode: StatusCodes.Status401Unauthorized);
            }

            var grant = form["grant_type"].ToString() switch
            {
                "authorization_code" => Redeem(form["code"].ToString(), form["redirect_uri"].ToString(), form["code_verifier"].ToString()),
                "refresh_token" => Refresh(form["refresh_token"].ToString()),
                _ => null,
            };
            return grant is null ? Results.Json(new { error = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest) : Results.Json(Tokens(grant));
        });
        app.MapGet("/logout", (HttpContext context) =>
        {
            var request = context.Request;
            Interlocked.Increment(ref endedSessions);
            context.Response.Cookies.Delete(SessionCookie);
            var returnTo = request.Query["post_logout_redirect_uri"].ToString();
            return IsLoopback(returnTo)
                ? Results.Redirect($"{returnTo}?state={Uri.EscapeDataString(request.Query["state"].ToString())}")
                : Results.Content("<!doctype html><title>Logget ud</title><p>Du er logget ud.</p>", "text/html; charset=utf-8");
        });
    }

    private IResult CodeFor(IdentityProviderUser user, AuthorizationRequest authorization)
    {
        var code = NewHandle();
        codes[code] = new Grant(user, authorization.RedirectUri, authorization.Nonce, authorization.CodeChallenge);
        return authorization.ResponseMode == "form_post"
            ? Results.Content(FormPost(authorization.RedirectUri, ("code", code), ("state", authorization.State)), "text/html; charset=utf-8")
            : Results.Redirect($"{authorization.RedirectUri}?code={Uri.EscapeDataString(code)}&state={Uri.EscapeDataString(authorization.State)}");
    }

    private Grant? Redeem(string code, string redirectUri, string verifier)
    {
        if (!codes.TryRemove(code, out var grant) || grant.RedirectUri != redirectUri)
        {
            return null;
        }

        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        return challenge == grant.CodeChallenge ? grant : null;
    }

    // Rotation: a refresh token is good once, as providers that rotate them have it.
    private Grant? Refresh(string refreshToken)
    {
        if (!refreshTokens.TryRemove(refreshToken, out var grant))
        {
            return null;
        }

        Interlocked.Increment(ref refreshes);
        return grant with { Nonce = null };
    }

    private Dictionary<string, object> Tokens(Grant grant)
    {
        var refreshToken = NewHandle();
        refreshTokens[refreshToken] = grant;
        return new Dictionary<string, object>
        {
            ["access_token"] = Sign(grant.User, TestTokens.Audience, AccessTokenLifetime, nonce: null),
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)AccessTokenLifetime.TotalSeconds,
            ["refresh_token"] = refreshToken,
            ["id_token"] = Sign(grant.User, ClientId, TimeSpan.FromMinutes(5), grant.Nonce),
        };
    }

    private string Sign(IdentityProviderUser user, string audience, TimeSpan lifetime, string? nonce)
    {
        var claims = new List<Claim>
        {
            new(CtiClaimTypes.Subject, user.Subject), new(CtiClaimTypes.Role, user.Role), new(CtiClaimTypes.Tenant, user.Tenant),
        };
        if (user.Organisation is not null)
        {
            claims.Add(new(CtiClaimTypes.Organisation, user.Organisation));
        }

        if (nonce is not null)
        {
            claims.Add(new("nonce", nonce));
        }

        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now.AddSeconds(-5),
            Expires = now.Add(lifetime),
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
        });
    }

    private bool ClientAuthenticated(HttpRequest request, IFormCollection form)
    {
        var (id, secret) = (form["client_id"].ToString(), form["client_secret"].ToString());
        if (request.Headers.Authorization.ToString() is { Length: > 6 } header && header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..])).Split(':', 2);
            (id, secret) = (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1]));
        }

        return id == ClientId && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(ClientSecret));
    }

    private string LogInPage(AuthorizationRequest authorization)
    {
        var page = new StringBuilder("<!doctype html><html lang=\"da\"><title>Kommunens log-in</title><h1>Kommunens log-in</h1><form method=\"post\" action=\"/authorize\">");
        foreach (var (name, value) in authorization.Fields)
        {
            page.Append($"<input type=\"hidden\" name=\"{name}\" value=\"{WebUtility.HtmlEncode(value)}\">");
        }

        foreach (var user in users.Values)
        {
            page.Append($"<button name=\"user\" value=\"{WebUtility.HtmlEncode(user.Subject)}\">{WebUtility.HtmlEncode(user.Label)}</button>");
        }

        return page.Append("</form></html>").ToString();
    }

    // The answer of response_mode=form_post: a page that posts the code to the client at once, as providers send it.
    private static string FormPost(string action, params (string Name, string Value)[] fields) =>
        $"<!doctype html><html><body onload=\"document.forms[0].submit()\"><form method=\"post\" action=\"{WebUtility.HtmlEncode(action)}\">"
        + string.Concat(fields.Select(f => $"<input type=\"hidden\" name=\"{f.Name}\" value=\"{WebUtility.HtmlEncode(f.Value)}\">"))
        + "</form></body></html>";

    private static string NewHandle() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    private static bool IsLoopback(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.IsLoopback && uri.Scheme is "http" or "https";

    private sealed record Grant(IdentityProviderUser User, string RedirectUri, string? Nonce, string CodeChallenge);

    private sealed record AuthorizationRequest(
        string RedirectUri, string State, string? Nonce, string CodeChallenge, string ResponseMode, string Prompt, IReadOnlyList<(string Name, string Value)> Fields)
    {
        private static readonly string[] Names = ["client_id", "redirect_uri", "response_type", "state", "nonce", "code_challenge", "code_challenge_method", "response_mode", "scope", "prompt"];

        // Only this client, the code flow with S256 PKCE, and a redirect back to loopback, as the provider's client registration allows.
        public static AuthorizationRequest? From(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> parameters)
        {
            var values = parameters.Where(p => Names.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value.ToString());
            string Value(string name) => values.GetValueOrDefault(name, "");
            return Value("client_id") == ClientId && Value("response_type") == "code" && Value("code_challenge_method") == "S256"
                && Value("code_challenge").Length > 0 && IsLoopback(Value("redirect_uri"))
                ? new AuthorizationRequest(Value("redirect_uri"), Value("state"), values.GetValueOrDefault("nonce"), Value("code_challenge"),
                    Value("response_mode") is "" ? "query" : Value("response_mode"), Value("prompt"), [.. values.Select(v => (v.Key, v.Value))])
                : null;
        }
    }
}
