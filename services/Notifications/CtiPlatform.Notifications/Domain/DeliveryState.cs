namespace CtiPlatform.Notifications.Domain;

/// <summary>Where a delivery stands (docs/decisions/702-delivery-engine.md). Stored as its number: append, never renumber.</summary>
public enum DeliveryState
{
    /// <summary>Waiting for its time; not yet handed to the sidecar.</summary>
    Scheduled = 0,

    /// <summary>Its time has come but the sidecar has not taken it yet: waiting for the next attempt after a failed one.</summary>
    Due = 1,

    /// <summary>The sidecar took it; the message itself is no longer kept.</summary>
    Sent = 2,

    /// <summary>Every attempt failed; shown to the worker, the message itself no longer kept.</summary>
    Failed = 3,

    /// <summary>Withdrawn before it was sent.</summary>
    Cancelled = 4,

    /// <summary>An SMS to her claimed for its one hand-over to the sidecar, its outcome not yet recorded (decision 703).</summary>
    Sending = 5,

    /// <summary>An SMS to her that may or may not have reached her; never sent again, shown to her worker (decision 703).</summary>
    Uncertain = 6,
}
