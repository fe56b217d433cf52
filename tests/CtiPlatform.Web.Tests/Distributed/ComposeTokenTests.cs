using System.Net;
using System.Net.Http.Headers;
using CtiPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CtiPlatform.Web.Tests.Distributed;

/// <summary>
/// Compose gives every service both its development key and, when set, the identity provider's authority (decision
/// 805): the key for tokens an operator mints, the authority for the web app's users. A host so configured accepts
/// both, and still nothing else.
/// </summary>
public sealed class ComposeTokenTests : IAsyncLifetime
{
    private static readonly IdentityProviderUser Worker = new("cti-compose", Roles.CtiWorker, TestTokens.TenantA, null, "Compose-medarbejder");

    private LoopbackIdentityProvider provider = null!;
    private ServiceHost host = null!;

    public async Task InitializeAsync()
    {
        provider = await LoopbackIdentityProvider.StartAsync([Worker]);
        // As compose sets it: the development issuer and key of TestTokens, and the provider's authority beside them.
        host = await ServiceHost.StartAsync(
            [new("JwtOptions:Authority", provider.Issuer), new("JwtOptions:RequireHttpsMetadata", "false")],
            _ => { },
            app => app.MapGet("/whoami", (HttpContext context) => context.User.FindFirst(CtiClaimTypes.Subject)!.Value).RequireAuthorization(Roles.CtiWorker));
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await provider.DisposeAsync();
    }

    [Fact]
    public async Task A_service_given_the_development_key_and_the_providers_authority_accepts_the_tokens_of_both()
    {
        using var minted = host.Client(Roles.CtiWorker, subject: "udvikler");
        using var fromProvider = host.Client();
        fromProvider.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", provider.AccessTokenFor(Worker));

        Assert.Equal("udvikler", await minted.GetStringAsync("/whoami"));
        Assert.Equal("cti-compose", await fromProvider.GetStringAsync("/whoami"));
    }

    [Fact]
    public async Task A_token_signed_by_neither_is_refused()
    {
        await using var stranger = await LoopbackIdentityProvider.StartAsync([Worker]);
        using var client = host.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", stranger.AccessTokenFor(Worker));

        using var response = await client.GetAsync("/whoami");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
