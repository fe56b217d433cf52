using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.CourseTracking.Domain;

/// <summary>
/// One never-contact person of a course as safety planning last described it: the keyed fingerprints of the person's
/// names and numbers (never the values), or removed. The latest change by <see cref="ChangedAt"/> wins, so an event
/// arriving late changes nothing (decision 033).
/// </summary>
public sealed class NeverContactListing : ITenantOwned
{
    private NeverContactListing()
    {
    }

    public Guid CourseId { get; private set; }

    public Guid PersonId { get; private set; }

    public string TenantId { get; private set; } = "";

    public DateTimeOffset ChangedAt { get; private set; }

    public bool Removed { get; private set; }

    /// <summary>The fingerprints as <c>kind:keyId:hash</c>, one per line; empty once removed.</summary>
    public string Fingerprints { get; private set; } = "";

    public static NeverContactListing Open(Guid courseId, Guid personId, string tenantId) =>
        new() { CourseId = courseId, PersonId = personId, TenantId = tenantId, ChangedAt = DateTimeOffset.MinValue };

    /// <summary>Applies a change newer than the one kept; returns whether it was newer.</summary>
    public bool Apply(DateTimeOffset changedAt, IEnumerable<string>? fingerprints)
    {
        if (changedAt <= ChangedAt)
        {
            return false;
        }

        (ChangedAt, Removed, Fingerprints) = (changedAt, fingerprints is null, fingerprints is null ? "" : string.Join('\n', fingerprints));
        return true;
    }

    public IEnumerable<string> FingerprintSet => Fingerprints.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
