namespace CtiPlatform.Security.Tests.Platform;

/// <summary>
/// What one municipality (and one of its shelters) put into the platform: the identifiers and personal details that
/// no caller from another municipality or another shelter may ever get back.
/// </summary>
public sealed record TenantData(string Tenant, string Shelter, Guid ReferralId, string Name, string Cpr, string Phone, string ContactName)
{
    /// <summary>The strings whose appearance in an answer to a foreign caller is a leak.</summary>
    public IEnumerable<string> Secrets =>
        [ReferralId.ToString(), Name, Cpr, Cpr.Replace("-", ""), Phone, Phone.Replace(" ", ""), ContactName];
}
