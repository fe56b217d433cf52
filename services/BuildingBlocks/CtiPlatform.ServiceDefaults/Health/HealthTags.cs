namespace CtiPlatform.ServiceDefaults.Health;

/// <summary>Tags that place a health check on an endpoint.</summary>
public static class HealthTags
{
    /// <summary>Checks that must pass before the instance takes traffic (<c>/health</c>).</summary>
    public const string Ready = "ready";
}
