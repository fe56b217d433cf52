using CtiPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Standalone;

/// <summary>
/// One demo user per role in the demo municipality. Once the host listens, it prints where on standard output —
/// deliberately not through the log, which is JSON and meant for machines — and, when the host made its own
/// signing key, a bearer token for each. Tokens minted with a configured key would be handed out by anyone who
/// can read this output, in the name of whoever really issues them (decision 023).
/// </summary>
internal sealed class DemoUsers(
    bool printTokens,
    IHostApplicationLifetime lifetime,
    IOptions<JwtOptions> jwt,
    IOptions<DemoOptions> demo,
    TimeProvider clock,
    IServer server) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Print);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Print()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        var options = demo.Value;
        Console.WriteLine();
        Console.WriteLine($"CTI Platform (standalone) kører på {address} — health: {address}/health");
        if (!printTokens)
        {
            Console.WriteLine("Ingen demo-tokens: JwtOptions har en nøgle eller en udsteder, så tokens kommer derfra.");
            Console.WriteLine();
            return;
        }

        var issuer = new SymmetricTokenIssuer(jwt.Value.Issuer, jwt.Value.Audience, jwt.Value.SigningKey!);
        Console.WriteLine($"Demo-kommune {options.TenantId}. Brug en token som: curl -H \"Authorization: Bearer <token>\" {address}/...");
        foreach (var role in Roles.All)
        {
            var organisation = role == Roles.Shelter ? options.ShelterOrganisationId : null;
            var token = issuer.Issue($"demo-{role}", [role], options.TenantId, organisation, clock.GetUtcNow(), options.TokenLifetime);
            Console.WriteLine($"  {role,-22} {token}");
        }

        Console.WriteLine();
    }
}
