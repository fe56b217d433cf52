using CtiPlatform.Domain;
using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.CourseTracking.Domain;

/// <summary>An unplanned contact with her (she called, the worker dropped by), registered when it has happened.</summary>
public sealed class Contact : ITenantOwned
{
    private Contact()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid CourseId { get; private set; }

    public MeetingKind Kind { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public int DurationMinutes { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The notes, encrypted (decision 010); null when there are none.</summary>
    public string? ProtectedNotes { get; private set; }

    public static Outcome<Contact> Record(
        Guid id, TrackedCourse course, MeetingKind kind, DateTimeOffset occurredAt, int durationMinutes, string? protectedNotes, string actor,
        DateTimeOffset now)
    {
        if (occurredAt > now)
        {
            return TrackingRefusal.ContactInTheFuture;
        }

        return new Contact
        {
            Id = id, TenantId = course.TenantId, CourseId = course.Id, Kind = kind, OccurredAt = occurredAt.ToUniversalTime(), DurationMinutes = durationMinutes,
            RecordedBy = actor, RecordedAt = now, ProtectedNotes = protectedNotes,
        };
    }
}
