namespace CtiPlatform.Persistence.AccessLogging;

/// <summary>Records reads and changes of personal data. One call per access; entries are never altered.</summary>
public interface IAccessLog
{
    /// <summary>
    /// Records that the current actor performed <paramref name="action"/> on the subject, for
    /// <paramref name="purpose"/>. The entry is saved with the context's pending changes, in the current
    /// transaction when there is one, so a change and its log entry commit together.
    /// </summary>
    Task RecordAsync(string subjectType, string subjectId, AccessAction action, string purpose, CancellationToken cancellationToken);
}
