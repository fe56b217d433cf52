using CtiPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Standalone;

/// <summary>
/// One demo user per role in the demo municipality. Once the host listens, it prints a bearer token for each
/// on standard output — deliberately not through the log, which is JSON and meant for machines.
/// </summary>
internal sealed class DemoUsers(
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
        var issuer = new SymmetricTokenIssuer(jwt.Value.Issuer, jwt.Value.Audience, jwt.Value.SigningKey!);
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        var options = demo.Value;
        Console.WriteLine();
        Console.WriteLine($"CTI Platform (standalone) kører på {address} — health: {address}/health");
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
