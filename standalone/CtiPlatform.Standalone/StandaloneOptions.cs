namespace CtiPlatform.Standalone;

/// <summary>How far the standalone host may be reached, section <c>StandaloneOptions</c>.</summary>
public sealed class StandaloneOptions
{
    /// <summary>
    /// Lets the host listen on an address other than loopback (<c>127.0.0.1</c>, <c>[::1]</c>, <c>localhost</c>).
    /// Off by default: the host prints tokens for every role and is meant for the machine it runs on (decision 023).
    /// </summary>
    public bool AllowRemoteAccess { get; set; }
}
