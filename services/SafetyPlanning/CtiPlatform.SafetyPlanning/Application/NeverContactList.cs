using System.Text.Json;
using CtiPlatform.Contracts.Safety;
using CtiPlatform.Domain;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.SafetyPlanning.Domain;
using CtiPlatform.SafetyPlanning.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CtiPlatform.SafetyPlanning.Application;

/// <summary>
/// Her never-contact list (decision 607), for her worker and a team lead: names and numbers sealed at rest, every read
/// and change access-logged, and every change published through the outbox as fingerprints only (decision 033), so
/// notifications can refuse and course tracking warn without the number or name leaving this service.
/// </summary>
internal sealed class NeverContactList(
    SafetyPlanningDbContext db,
    TenantContext caller,
    SafetyCourses courses,
    IOutbox outbox,
    PersonalDataProtector protector,
    ContactFingerprinter fingerprinter,
    IOptions<ContactMatchingOptions> ring,
    IAccessLog accessLog,
    TimeProvider time)
{
    /// <summary>How the access log names a course's never-contact list.</summary>
    public const string Subject = "never-contact-list";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Outcome<ReadNeverContactPerson>> ListAsync(Guid courseId, NeverContactRelation relation, NeverContactDetails details, CancellationToken ct)
    {
        if (await courses.VisibleAsync(courseId, ct) is not { } course)
        {
            return Outcome<ReadNeverContactPerson>.NotFound;
        }

        var id = NewId.NextGuid();
        var person = NeverContactPerson.List(id, courseId, course.TenantId, relation, Seal(course.TenantId, id, details), caller.ActorId!, time.GetUtcNow());
        db.NeverContactPeople.Add(person);
        Publish(person, details);
        accessLog.Record(Subject, courseId.ToString(), AccessAction.Change, AccessPurposes.ForReader(caller));
        return new ReadNeverContactPerson(person, details);
    }

    public async Task<Outcome<ReadNeverContactPerson>> ChangeAsync(
        Guid courseId, Guid personId, NeverContactRelation relation, NeverContactDetails details, CancellationToken ct)
    {
        if (await FindAsync(courseId, personId, ct) is not { } person)
        {
            return Outcome<ReadNeverContactPerson>.NotFound;
        }

        person.Change(relation, Seal(person.TenantId, person.Id, details), caller.ActorId!, time.GetUtcNow());
        Publish(person, details);
        accessLog.Record(Subject, courseId.ToString(), AccessAction.Change, AccessPurposes.ForReader(caller));
        return new ReadNeverContactPerson(person, details);
    }

    public async Task<Outcome<NeverContactPerson>> RemoveAsync(Guid courseId, Guid personId, string reason, CancellationToken ct)
    {
        if (await FindAsync(courseId, personId, ct) is not { } person)
        {
            return Outcome<NeverContactPerson>.NotFound;
        }

        person.Remove(caller.ActorId!, time.GetUtcNow(), protector.Protect(reason, SafetyCells.NeverContactRemovalReason(person.TenantId, person.Id)));
        outbox.Publish(
            new NeverContactPersonRemoved { CourseId = courseId, TenantId = person.TenantId, PersonId = person.Id, ChangedAt = person.RemovedAt!.Value },
            courseId.ToString());
        accessLog.Record(Subject, courseId.ToString(), AccessAction.Change, AccessPurposes.ForReader(caller));
        return person;
    }

    /// <summary>Everyone on her list now, in the order they were listed; null when the course is absent to the caller.</summary>
    public async Task<IReadOnlyList<ReadNeverContactPerson>?> ReadAllAsync(Guid courseId, CancellationToken ct)
    {
        if (await courses.VisibleAsync(courseId, ct) is null)
        {
            return null;
        }

        var people = await db.NeverContactPeople.AsNoTracking().Where(p => p.CourseId == courseId && p.RemovedAt == null).OrderBy(p => p.ListedAt).ToListAsync(ct);
        accessLog.Record(Subject, courseId.ToString(), AccessAction.Read, AccessPurposes.ForReader(caller));
        return [.. people.Select(p => new ReadNeverContactPerson(p, Unseal(p)))];
    }

    public async Task<ReadNeverContactPerson?> ReadAsync(Guid courseId, Guid personId, CancellationToken ct)
    {
        if (await courses.VisibleAsync(courseId, ct) is null
            || await db.NeverContactPeople.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId && p.CourseId == courseId && p.RemovedAt == null, ct) is not { } person)
        {
            return null;
        }

        accessLog.Record(Subject, courseId.ToString(), AccessAction.Read, AccessPurposes.ForReader(caller));
        return new ReadNeverContactPerson(person, Unseal(person));
    }

    /// <summary>
    /// Publishes the person's fingerprints again under the ring's current key (a rotation, docs/personal-data-keys.md);
    /// false when they already were.
    /// </summary>
    public bool Republish(NeverContactPerson person)
    {
        if (person.IsRemoved || person.FingerprintKeyId == ring.Value.CurrentKeyId)
        {
            return false;
        }

        Publish(person, Unseal(person), time.GetUtcNow());
        return true;
    }

    private async Task<NeverContactPerson?> FindAsync(Guid courseId, Guid personId, CancellationToken ct) =>
        await courses.VisibleAsync(courseId, ct) is null
            ? null
            : await db.NeverContactPeople.SingleOrDefaultAsync(p => p.Id == personId && p.CourseId == courseId && p.RemovedAt == null, ct);

    private void Publish(NeverContactPerson person, NeverContactDetails details) => Publish(person, details, person.ChangedAt);

    private void Publish(NeverContactPerson person, NeverContactDetails details, DateTimeOffset changedAt)
    {
        IEnumerable<ContactFingerprint> Fingerprints(IEnumerable<string> values, ContactFingerprintKind kind, Func<string, string, IReadOnlyList<ContactHash>> hash) =>
            values.SelectMany(v => hash(person.TenantId, v)).Select(h => new ContactFingerprint { KeyId = h.KeyId, Kind = kind, Hash = h.Hash });

        outbox.Publish(
            new NeverContactPersonListed
            {
                CourseId = person.CourseId, TenantId = person.TenantId, PersonId = person.Id, ChangedAt = changedAt,
                Fingerprints =
                [
                    .. Fingerprints(details.PhoneNumbers, ContactFingerprintKind.Phone, fingerprinter.PhoneHashes),
                    .. Fingerprints(details.Names, ContactFingerprintKind.Name, fingerprinter.NameHashes),
                ],
            },
            person.CourseId.ToString());
        person.PublishedUnder(ring.Value.CurrentKeyId!);
    }

    private string Seal(string tenantId, Guid personId, NeverContactDetails details) =>
        protector.Protect(JsonSerializer.Serialize(details, Json), SafetyCells.NeverContactDetails(tenantId, personId));

    private NeverContactDetails Unseal(NeverContactPerson person) =>
        JsonSerializer.Deserialize<NeverContactDetails>(protector.Unprotect(person.SealedDetails!, SafetyCells.NeverContactDetails(person.TenantId, person.Id)), Json)!;
}
