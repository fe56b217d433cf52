namespace CtiPlatform.ServiceDefaults.Health;

/// <summary>Tags that place a health check on an endpoint.</summary>
public static class HealthTags
{
    /// <summary>Checks that must pass before the instance takes traffic (<c>/health</c>): it can serve requests.</summary>
    public const string Ready = "ready";

    /// <summary>
    /// Checks of dependencies the instance keeps serving without (the broker: messages wait in the outbox). They are
    /// reported on <c>/health/details</c> and as the <c>cti.health.status</c> metric, and never take the instance out
    /// of service (docs/decisions/111-readiness-without-the-broker.md).
    /// </summary>
    public const string Reported = "reported";
}
