namespace CtiPlatform.ServiceDefaults.Security;

/// <summary>Claim names the platform reads from a validated token (inbound claim mapping is off).</summary>
public static class CtiClaimTypes
{
    public const string Subject = "sub";
    public const string Role = "role";

    /// <summary>The municipality (tenant) the caller acts for.</summary>
    public const string Tenant = "tenant_id";

    /// <summary>The organisation a shelter user belongs to; shelters see only their own organisation's data.</summary>
    public const string Organisation = "organisation_id";
}
