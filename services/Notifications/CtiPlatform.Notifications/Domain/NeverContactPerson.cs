using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.Notifications.Domain;

/// <summary>
/// A person on her never-contact list as safety planning announced him (docs/decisions/033-never-contact-fingerprints.md):
/// only the keyed fingerprints of his phone numbers (<c>keyId:hash</c>), never a number; the latest state by
/// <see cref="ChangedAt"/>, so an older event arriving late changes nothing. No SMS to her goes to a number that matches.
/// </summary>
public sealed class NeverContactPerson : ITenantOwned
{
    private NeverContactPerson()
    {
    }

    public Guid PersonId { get; private set; }

    public Guid CourseId { get; private set; }

    public string TenantId { get; private set; } = "";

    public List<string> PhoneFingerprints { get; private set; } = [];

    /// <summary>False once he was taken off her list.</summary>
    public bool Listed { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public static NeverContactPerson Unknown(Guid personId, Guid courseId, string tenantId) =>
        new() { PersonId = personId, CourseId = courseId, TenantId = tenantId, ChangedAt = DateTimeOffset.MinValue.ToUniversalTime() };

    /// <summary>Listed (again) with <paramref name="phoneFingerprints"/>, replacing earlier ones; false when the change is older than what is kept.</summary>
    public bool List(IEnumerable<string> phoneFingerprints, DateTimeOffset changedAt) => Apply(changedAt, true, [.. phoneFingerprints]);

    /// <summary>Taken off her list; his fingerprints go with it. False when the change is older than what is kept.</summary>
    public bool Remove(DateTimeOffset changedAt) => Apply(changedAt, false, []);

    /// <summary>Whether he is listed under any of <paramref name="phoneFingerprints"/> (a number's, under every key of the ring).</summary>
    public bool Matches(IReadOnlyCollection<string> phoneFingerprints) => Listed && PhoneFingerprints.Any(phoneFingerprints.Contains);

    private bool Apply(DateTimeOffset changedAt, bool listed, List<string> fingerprints)
    {
        changedAt = changedAt.ToUniversalTime();
        if (changedAt <= ChangedAt)
        {
            return false;
        }

        ChangedAt = changedAt;
        Listed = listed;
        PhoneFingerprints = fingerprints;
        return true;
    }
}
