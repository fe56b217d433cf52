namespace CtiPlatform.Messaging.TestHost;

/// <summary>What this instance of the sample service does. Bound from the <c>Ledger</c> section.</summary>
public sealed class LedgerOptions
{
    /// <summary>Whether the instance runs the consumers (otherwise it only writes and dispatches).</summary>
    public bool Consumes { get; set; }

    /// <summary>When above zero, write state changes with events up to this change id after start, then print "done".</summary>
    public int WriteChanges { get; set; }

    /// <summary>How many aggregates the written changes are spread over.</summary>
    public int Aggregates { get; set; } = 10;
}
