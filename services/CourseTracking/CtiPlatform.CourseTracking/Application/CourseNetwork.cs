using System.Text.Json;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using CtiPlatform.Domain;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>
/// Her network overview and map (decision 512): the details encrypted at rest; a person she has not consented to share
/// only for the assigned worker (a team lead sees them as a count); names and numbers matched against her never-contact
/// list's fingerprints (decision 513). Reads and changes are access-logged; nothing here saves.
/// </summary>
internal sealed class CourseNetwork(
    CourseTrackingDbContext db, TenantContext caller, TrackingClock clock, TrackedCourseQueries courses, PersonalDataProtector protector,
    ContactFingerprinter fingerprinter, IAccessLog accessLog)
{
    /// <summary>How the access log names a course's network (by course id).</summary>
    public const string Subject = "course-network";

    private const string Table = "network_persons";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The persons the caller may see and the count of the others, or null when the caller may not see the course.</summary>
    public async Task<NetworkRecord?> ReadAsync(Guid courseId, CancellationToken ct)
    {
        if (await courses.FindAsync(courseId, tracked: false, ct) is not { } course)
        {
            return null;
        }

        accessLog.Record(Subject, courseId.ToString(), AccessAction.Read, AccessPurposes.ForReader(caller));
        return await OfAsync(course, ct);
    }

    /// <summary>As <see cref="ReadAsync"/>, of a course the caller may see, without logging: for the course page, which logs its one read (decision 517).</summary>
    public async Task<NetworkRecord> OfAsync(TrackedCourse course, CancellationToken ct)
    {
        var courseId = course.Id;
        var persons = await db.NetworkPersons.AsNoTracking().Where(p => p.CourseId == courseId).OrderBy(p => p.Sector).ThenBy(p => p.Distance).ThenBy(p => p.Id).ToListAsync(ct);
        var shown = persons.Where(p => Sees(course, p)).ToList();
        return new NetworkRecord(course, shown.Select(p => new NetworkEntry(p, Details(p))).ToList(), persons.Count - shown.Count);
    }

    public async Task<Outcome<NetworkEntry>> AddAsync(Guid courseId, NetworkPlacement placement, NetworkDetails details, bool warningConfirmed, CancellationToken ct)
    {
        if (await courses.FindAsync(courseId, tracked: false, ct) is not { } course)
        {
            return Outcome<NetworkEntry>.NotFound;
        }

        var matches = Matches(course.TenantId, details, await ListingsAsync(courseId, ct));
        var added = NetworkPerson.Add(Guid.CreateVersion7(), course, placement, matches, warningConfirmed, caller.ActorId!, clock.Now, clock.Today);
        if (added.Value is not { } person)
        {
            return added.Refusal!;
        }

        person.Keep(Protect(person, details));
        db.NetworkPersons.Add(person);
        accessLog.Record(Subject, courseId.ToString(), AccessAction.Change, AccessPurposes.CaseHandling);
        return new NetworkEntry(person, details);
    }

    /// <summary>Changes a person the caller may see; 404 for one she has not consented to share with a team lead.</summary>
    public async Task<Outcome<NetworkEntry>> ChangeAsync(
        Guid courseId, Guid personId, NetworkPlacement placement, NetworkDetails details, bool warningConfirmed, CancellationToken ct)
    {
        if (await courses.FindAsync(courseId, tracked: false, ct) is not { } course
            || await db.NetworkPersons.SingleOrDefaultAsync(p => p.CourseId == courseId && p.Id == personId, ct) is not { } person
            || !Sees(course, person))
        {
            return Outcome<NetworkEntry>.NotFound;
        }

        var matches = Matches(course.TenantId, details, await ListingsAsync(courseId, ct));
        if (person.Change(course, placement, matches, warningConfirmed, caller.ActorId!, clock.Now, clock.Today) is { } refusal)
        {
            return refusal;
        }

        person.Keep(Protect(person, details));
        accessLog.Record(Subject, courseId.ToString(), AccessAction.Change, AccessPurposes.CaseHandling);
        return new NetworkEntry(person, details);
    }

    /// <summary>
    /// Safety planning listed, changed or removed a never-contact person (<paramref name="fingerprints"/> null when
    /// removed): kept when newer than what is known, and every network person of the course flagged as it matches now.
    /// </summary>
    public async Task ApplyListingAsync(Guid courseId, string tenantId, Guid personId, DateTimeOffset changedAt, IEnumerable<string>? fingerprints, CancellationToken ct)
    {
        var listing = await db.NeverContactListings.SingleOrDefaultAsync(l => l.CourseId == courseId && l.PersonId == personId, ct);
        if (listing is null)
        {
            listing = NeverContactListing.Open(courseId, personId, tenantId);
            db.NeverContactListings.Add(listing);
        }

        if (!listing.Apply(changedAt, fingerprints))
        {
            return;
        }

        var listings = await db.NeverContactListings.Where(l => l.CourseId == courseId && l.PersonId != personId).ToListAsync(ct);
        listings.Add(listing);
        foreach (var person in await db.NetworkPersons.Where(p => p.CourseId == courseId).ToListAsync(ct))
        {
            person.Flag(Matches(tenantId, Details(person), listings));
        }
    }

    /// <summary>How a fingerprint is kept and compared: kind, key and hash.</summary>
    public static string Fingerprint(string kind, string keyId, string hash) => $"{kind}:{keyId}:{hash}";

    // The assigned worker sees every person; anyone else (a team lead) only those she consented to share.
    private bool Sees(TrackedCourse course, NetworkPerson person) => person.Consent || (caller.ActorId is { } actor && actor == course.WorkerId);

    private Task<List<NeverContactListing>> ListingsAsync(Guid courseId, CancellationToken ct) =>
        db.NeverContactListings.AsNoTracking().Where(l => l.CourseId == courseId && !l.Removed).ToListAsync(ct);

    private bool Matches(string tenantId, NetworkDetails details, IEnumerable<NeverContactListing> listings)
    {
        var listed = listings.Where(l => !l.Removed).SelectMany(l => l.FingerprintSet).ToHashSet(StringComparer.Ordinal);
        if (listed.Count == 0)
        {
            return false;
        }

        var own = fingerprinter.NameHashes(tenantId, details.Name).Select(h => Fingerprint("Name", h.KeyId, h.Hash));
        if (details.Phone is { } phone)
        {
            own = own.Concat(fingerprinter.PhoneHashes(tenantId, phone).Select(h => Fingerprint("Phone", h.KeyId, h.Hash)));
        }

        return own.Any(listed.Contains);
    }

    private string Protect(NetworkPerson person, NetworkDetails details) => protector.Protect(JsonSerializer.Serialize(details, Json), Cell(person));

    private NetworkDetails Details(NetworkPerson person) =>
        JsonSerializer.Deserialize<NetworkDetails>(protector.Unprotect(person.ProtectedDetails, Cell(person)), Json)!;

    private static ProtectedCell Cell(NetworkPerson person) => new(person.TenantId, Table, "protected_details", person.Id.ToString());
}
