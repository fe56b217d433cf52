namespace CtiPlatform.Messaging;

/// <summary>Headers the platform adds to every message it sends. They carry identifiers only, never personal data.</summary>
public static class MessageHeaderNames
{
    /// <summary>The municipality the message belongs to, so consumers run in that tenant's unit of work.</summary>
    public const string TenantId = "CTI-Tenant-Id";
}
