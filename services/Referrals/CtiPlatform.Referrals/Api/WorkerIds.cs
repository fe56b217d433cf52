namespace CtiPlatform.Referrals.Api;

/// <summary>What a worker id (an identity provider's subject) may look like.</summary>
internal static class WorkerIds
{
    /// <summary>1–200 visible ASCII characters: room for a UUID or a directory's own ids, nothing that breaks a log line (\z, so no trailing newline).</summary>
    public const string Pattern = @"\A[!-~]{1,200}\z";
}
