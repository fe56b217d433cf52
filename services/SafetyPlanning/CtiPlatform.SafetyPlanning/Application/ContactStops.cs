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

namespace CtiPlatform.SafetyPlanning.Application;

/// <summary>
/// Stops all contact with her and lifts the stop, each published once through the outbox so the notifications service
/// holds every pending and future message (decision 603).
/// </summary>
internal sealed class ContactStops(
    SafetyPlanningDbContext db,
    TenantContext caller,
    SafetyCourses courses,
    IOutbox outbox,
    PersonalDataProtector protector,
    IAccessLog accessLog,
    TimeProvider time)
{
    public async Task<Outcome<ContactStop>> StopAsync(Guid courseId, CancellationToken ct)
    {
        if (await courses.VisibleAsync(courseId, ct) is not { } course)
        {
            return Outcome<ContactStop>.NotFound;
        }

        if (await db.ContactStops.AnyAsync(s => s.CourseId == courseId && s.LiftedAt == null, ct))
        {
            return SafetyRefusal.ContactAlreadyStopped;
        }

        var stop = ContactStop.Stop(NewId.NextGuid(), courseId, course.TenantId, time.GetUtcNow(), caller.ActorId!);
        db.ContactStops.Add(stop);
        outbox.Publish(new ContactStopped { CourseId = courseId, TenantId = course.TenantId, StoppedAt = stop.StoppedAt }, courseId.ToString());
        accessLog.Record(SafetyQueries.ContactStopSubject, courseId.ToString(), AccessAction.Change, AccessPurposes.ForReader(caller));
        return stop;
    }

    public async Task<Outcome<ContactStop>> LiftAsync(Guid courseId, string reason, CancellationToken ct)
    {
        if (await courses.VisibleAsync(courseId, ct) is null)
        {
            return Outcome<ContactStop>.NotFound;
        }

        if (await db.ContactStops.SingleOrDefaultAsync(s => s.CourseId == courseId && s.LiftedAt == null, ct) is not { } stop)
        {
            return SafetyRefusal.ContactNotStopped;
        }

        if (stop.Lift(time.GetUtcNow(), caller.ActorId!, protector.Protect(reason, SafetyCells.LiftReason(stop.TenantId, stop.Id))) is { } refusal)
        {
            return refusal;
        }

        outbox.Publish(new ContactStopLifted { CourseId = courseId, TenantId = stop.TenantId, LiftedAt = stop.LiftedAt!.Value }, courseId.ToString());
        accessLog.Record(SafetyQueries.ContactStopSubject, courseId.ToString(), AccessAction.Change, AccessPurposes.ForReader(caller));
        return stop;
    }
}
