namespace CtiPlatform.Web.Tests.Distributed;

/// <summary>A user of the loopback identity provider: one role in one municipality, for shelter staff also their shelter.</summary>
public sealed record IdentityProviderUser(string Subject, string Role, string Tenant, string? Organisation, string Label);
