namespace CtiPlatform.ServiceDefaults.Tenancy;

/// <summary>One municipality: its municipality code (e.g. <c>101</c> for København) and name.</summary>
public sealed class TenantDefinition
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";
}
