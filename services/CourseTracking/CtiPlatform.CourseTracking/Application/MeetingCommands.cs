using CtiPlatform.Contracts.Meetings;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using CtiPlatform.Domain;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>
/// Planning, moving, cancelling and concluding meetings, and registering unplanned contacts. Nothing here saves: the
/// request's unit of work does, with the meeting events in the outbox, on success only. Events carry ids and the time
/// only (decision 502).
/// </summary>
internal sealed class MeetingCommands(
    CourseTrackingDbContext db, TenantContext caller, TrackingClock clock, TrackedCourseQueries courses, MeetingNotes notes, IOutbox outbox,
    IAccessLog accessLog, IOptions<CourseTrackingOptions> options)
{
    public async Task<Outcome<Meeting>> PlanAsync(Guid courseId, MeetingKind kind, DateOnly date, TimeOnly time, int minutes, string? text, CancellationToken ct)
    {
        if (await courses.FindAsync(courseId, tracked: false, ct) is not { } course)
        {
            return Outcome<Meeting>.NotFound;
        }

        if (TooLong(text) is { } tooLong)
        {
            return tooLong;
        }

        if (At(date, time) is not { } startsAt)
        {
            return TrackingRefusal.TimeDoesNotExist;
        }

        var planned = Meeting.Plan(Guid.CreateVersion7(), course, kind, startsAt, minutes, caller.ActorId!, clock.Now);
        if (planned.Value is { } meeting)
        {
            meeting.KeepNotes(notes.Protect(text, course.TenantId, MeetingNotes.Tables.Meetings, meeting.Id));
            db.Meetings.Add(meeting);
            outbox.Publish(
                new MeetingPlanned { MeetingId = meeting.Id, CourseId = course.Id, TenantId = course.TenantId, WorkerId = course.WorkerId, StartsAt = DanishTime.InDenmark(startsAt) },
                course.Id.ToString());
            accessLog.Record(MeetingQueries.MeetingsSubject, course.Id.ToString(), AccessAction.Change, AccessPurposes.CaseHandling);
        }

        return planned;
    }

    public Task<Outcome<Meeting>> MoveAsync(Guid courseId, Guid meetingId, DateOnly date, TimeOnly time, CancellationToken ct) =>
        ChangeAsync(courseId, meetingId, (course, meeting) =>
        {
            if (At(date, time) is not { } startsAt)
            {
                return TrackingRefusal.TimeDoesNotExist;
            }

            var previous = meeting.StartsAt;
            if (meeting.MoveTo(course, startsAt, clock.Now) is { } refusal)
            {
                return refusal;
            }

            outbox.Publish(
                new MeetingMoved
                {
                    MeetingId = meeting.Id, CourseId = course.Id, TenantId = course.TenantId, WorkerId = course.WorkerId,
                    PreviousStartsAt = DanishTime.InDenmark(previous), StartsAt = DanishTime.InDenmark(startsAt),
                    Moves = meeting.Moves,
                },
                course.Id.ToString());
            return null;
        }, ct);

    public Task<Outcome<Meeting>> CancelAsync(Guid courseId, Guid meetingId, CancellationToken ct) =>
        ChangeAsync(courseId, meetingId, (course, meeting) =>
        {
            if (meeting.Cancel(caller.ActorId!, clock.Now) is { } refusal)
            {
                return refusal;
            }

            PublishCancelled(course, meeting, outbox);
            return null;
        }, ct);

    /// <param name="minutes">The minutes it took; the planned length when null.</param>
    public Task<Outcome<Meeting>> RecordHeldAsync(Guid courseId, Guid meetingId, int? minutes, string? text, CancellationToken ct) =>
        ChangeAsync(courseId, meetingId, (course, meeting) =>
            TooLong(text) ?? WithNotes(meeting, text, meeting.RecordHeld(minutes ?? meeting.DurationMinutes, caller.ActorId!, clock.Now)), ct);

    public Task<Outcome<Meeting>> RecordMissedAsync(Guid courseId, Guid meetingId, string? text, CancellationToken ct) =>
        ChangeAsync(courseId, meetingId, (course, meeting) =>
            TooLong(text) ?? WithNotes(meeting, text, meeting.RecordMissed(caller.ActorId!, clock.Now)), ct);

    public async Task<Outcome<Contact>> RecordContactAsync(Guid courseId, MeetingKind kind, DateOnly date, TimeOnly time, int minutes, string? text, CancellationToken ct)
    {
        if (await courses.FindAsync(courseId, tracked: false, ct) is not { } course)
        {
            return Outcome<Contact>.NotFound;
        }

        if (TooLong(text) is { } tooLong)
        {
            return tooLong;
        }

        if (At(date, time) is not { } occurredAt)
        {
            return TrackingRefusal.TimeDoesNotExist;
        }

        var id = Guid.CreateVersion7();
        var recorded = Contact.Record(
            id, course, kind, occurredAt, minutes, notes.Protect(text, course.TenantId, MeetingNotes.Tables.Contacts, id), caller.ActorId!, clock.Now);
        if (recorded.Value is { } contact)
        {
            db.Contacts.Add(contact);
            accessLog.Record(MeetingQueries.ContactsSubject, course.Id.ToString(), AccessAction.Change, AccessPurposes.CaseHandling);
        }

        return recorded;
    }

    /// <summary>Cancels a meeting of <paramref name="course"/> through <paramref name="outbox"/>: by the worker, or when the course closes.</summary>
    public static void PublishCancelled(TrackedCourse course, Meeting meeting, IOutbox outbox) =>
        outbox.Publish(
            new MeetingCancelled { MeetingId = meeting.Id, CourseId = course.Id, TenantId = course.TenantId, WorkerId = course.WorkerId, StartsAt = DanishTime.InDenmark(meeting.StartsAt) },
            course.Id.ToString());

    private static DateTimeOffset? At(DateOnly date, TimeOnly time) => DanishTime.At(date, time);

    private Refusal? WithNotes(Meeting meeting, string? text, Refusal? refusal)
    {
        if (refusal is null)
        {
            meeting.KeepNotes(notes.Protect(text, meeting.TenantId, MeetingNotes.Tables.Meetings, meeting.Id));
        }

        return refusal;
    }

    private Refusal? TooLong(string? text) =>
        text is { Length: var length } && length > options.Value.For(caller.RequiredTenantId).MaxNoteLength ? TrackingRefusal.NotesTooLong : null;

    private async Task<Outcome<Meeting>> ChangeAsync(Guid courseId, Guid meetingId, Func<TrackedCourse, Meeting, Refusal?> change, CancellationToken ct)
    {
        if (await courses.FindAsync(courseId, tracked: false, ct) is not { } course)
        {
            return Outcome<Meeting>.NotFound;
        }

        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId && m.CourseId == course.Id, ct);
        if (meeting is null)
        {
            return Outcome<Meeting>.NotFound;
        }

        if (change(course, meeting) is { } refusal)
        {
            return refusal;
        }

        accessLog.Record(MeetingQueries.MeetingsSubject, course.Id.ToString(), AccessAction.Change, AccessPurposes.CaseHandling);
        return meeting;
    }
}
