using CtiPlatform.Domain;
using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.CourseTracking.Domain;

/// <summary>
/// A person or organisation in her network overview and on her network map (decision 512): role, field and distance in
/// clear, name, contact details and what they help with as the ciphertext the application layer hands in. Only the
/// assigned worker sees a person she has not consented to share. A person whose name or number matches one on her
/// never-contact list is saved only when the worker confirms the warning, and carries the flag (decision 513).
/// </summary>
public sealed class NetworkPerson : ITenantOwned
{
    public const int NearestDistance = 1;

    public const int FarthestDistance = 3;

    private NetworkPerson()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid CourseId { get; private set; }

    public NetworkPartyKind Kind { get; private set; }

    public NetworkRole Role { get; private set; }

    public NetworkSector Sector { get; private set; }

    /// <summary>How near her she places the person: 1 (nearest) to 3.</summary>
    public int Distance { get; private set; }

    public bool Active { get; private set; }

    /// <summary>She agrees that others than her worker see this person.</summary>
    public bool Consent { get; private set; }

    /// <summary>The name or a number matches a person on her never-contact list.</summary>
    public bool NeverContactWarning { get; private set; }

    /// <summary>Name, phone, e-mail and what the person helps with, as encrypted JSON.</summary>
    public string ProtectedDetails { get; private set; } = "";

    public DateTimeOffset ChangedAt { get; private set; }

    public string ChangedBy { get; private set; } = "";

    /// <summary>A new person in a running course; refused when closed, or when it matches a never-contact person and the worker has not confirmed the warning.</summary>
    public static Outcome<NetworkPerson> Add(
        Guid id, TrackedCourse course, NetworkPlacement placement, bool matchesNeverContact, bool warningConfirmed, string actor, DateTimeOffset now, DateOnly today)
    {
        var person = new NetworkPerson { Id = id, TenantId = course.TenantId, CourseId = course.Id };
        return person.Change(course, placement, matchesNeverContact, warningConfirmed, actor, now, today) is { } refusal ? refusal : person;
    }

    /// <summary>Changes the person as <see cref="Add"/> would add it; a refusal changes nothing.</summary>
    public Refusal? Change(
        TrackedCourse course, NetworkPlacement placement, bool matchesNeverContact, bool warningConfirmed, string actor, DateTimeOffset now, DateOnly today)
    {
        if (course.PhaseOn(today) is null)
        {
            return TrackingRefusal.CourseClosed;
        }

        if (matchesNeverContact && !warningConfirmed)
        {
            return TrackingRefusal.NeverContactWarning;
        }

        (Kind, Role, Sector, Distance, Active, Consent) = (placement.Kind, placement.Role, placement.Sector, placement.Distance, placement.Active, placement.Consent);
        (NeverContactWarning, ChangedAt, ChangedBy) = (matchesNeverContact, now, actor);
        return null;
    }

    /// <summary>Keeps <paramref name="protectedDetails"/>, the encrypted details, once the change is accepted.</summary>
    public void Keep(string protectedDetails) => ProtectedDetails = protectedDetails;

    /// <summary>Her never-contact list changed: the flag follows whether the person matches it now.</summary>
    public void Flag(bool matchesNeverContact) => NeverContactWarning = matchesNeverContact;
}
