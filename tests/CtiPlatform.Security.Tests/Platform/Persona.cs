using System.Net.Http.Headers;
using CtiPlatform.Testing;

namespace CtiPlatform.Security.Tests.Platform;

/// <summary>A caller of the platform: one role in one municipality, for shelters also one organisation.</summary>
public sealed record Persona(string Role, string Tenant, string? Organisation = null)
{
    public string Subject => Organisation is null ? $"{Role}-{Tenant}" : $"{Role}-{Tenant}-{Organisation}";

    /// <summary>A client through <paramref name="gateway"/> whose requests carry this persona's token.</summary>
    public HttpClient Client(Uri gateway)
    {
        var client = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromMinutes(1) };
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", TestTokens.Mint(Role, Tenant, Organisation, Subject));
        return client;
    }

    public override string ToString() => Subject;
}
