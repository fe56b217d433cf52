namespace CtiPlatform.Persistence.AccessLogging;

/// <summary>Records reads and changes of personal data. One call per access; entries are never altered.</summary>
public interface IAccessLog
{
    /// <summary>
    /// Records that the current actor performed <paramref name="action"/> on the subject, for
    /// <paramref name="purpose"/> (one of <see cref="AccessPurposes"/>). The entry joins the unit of work's pending
    /// changes and commits with them: a change and its log entry are saved together or not at all, and recording
    /// never saves anything by itself.
    /// </summary>
    void Record(string subjectType, string subjectId, AccessAction action, string purpose);
}
