namespace CtiPlatform.Notifications.Deliveries;

/// <summary>A delivery's time has come. Scheduled on the durable scheduler to the service's own queue only.</summary>
public sealed record DeliveryDue
{
    public required Guid DeliveryId { get; init; }

    public required string TenantId { get; init; }
}
