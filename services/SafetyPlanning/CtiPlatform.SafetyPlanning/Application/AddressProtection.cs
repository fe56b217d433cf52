using CtiPlatform.Contracts.Safety;
using CtiPlatform.Domain;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.SafetyPlanning.Consumers;
using CtiPlatform.SafetyPlanning.Domain;
using CtiPlatform.SafetyPlanning.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CtiPlatform.SafetyPlanning.Application;

/// <summary>
/// Registers, discloses and ends the protected address, for the course's own worker only. The platform learns only that
/// protection applies; the address leaves this service solely in the answer to a disclosure with a stated purpose.
/// </summary>
internal sealed class AddressProtection(
    SafetyPlanningDbContext db,
    TenantContext caller,
    SafetyCourses courses,
    SafetyTimers timers,
    IOutbox outbox,
    PersonalDataProtector protector,
    IAccessLog accessLog,
    IOptions<SafetyPlanningOptions> options,
    TimeProvider time)
{
    public async Task<Outcome<ProtectedAddress>> RegisterAsync(
        Guid courseId, AddressProtectionKind kind, string address, DateOnly registeredOn, CancellationToken ct)
    {
        if (await courses.AssignedAsync(courseId, ct) is not { } course)
        {
            return Outcome<ProtectedAddress>.NotFound;
        }

        var sealedAddress = protector.Protect(address, SafetyCells.Address(course.TenantId, courseId));
        var protection = await db.ProtectedAddresses.SingleOrDefaultAsync(a => a.CourseId == courseId, ct);
        var previousReminder = protection?.ReminderTokenId;
        if (protection is null)
        {
            var registered = ProtectedAddress.Register(courseId, course.TenantId, kind, sealedAddress, registeredOn, courses.Today, caller.ActorId!);
            if (registered.Value is not { } created)
            {
                return registered;
            }

            protection = created;
            db.ProtectedAddresses.Add(protection);
        }
        else if (protection.Change(kind, sealedAddress, registeredOn, courses.Today, caller.ActorId!) is { } refusal)
        {
            return refusal;
        }

        await timers.CancelAsync(previousReminder, ct);
        var reminderOn = protection.ReminderOn(options.Value.For(course.TenantId).ProtectionExpiryReminderDays);
        protection.ArmReminder(reminderOn is { } on
            ? timers.Arm(courseId, course.TenantId, SafetyTimerKind.AddressProtectionExpiry, protection.ExpiresOn!.Value, on)
            : null);
        outbox.Publish(new AddressProtectionRegistered { CourseId = courseId, TenantId = course.TenantId, RegisteredAt = time.GetUtcNow() }, courseId.ToString());
        accessLog.Record(SafetyQueries.AddressSubject, courseId.ToString(), AccessAction.Change, AccessPurposes.CaseHandling);
        return protection;
    }

    /// <summary>The deliberate act of opening the address: the worker's stated purpose goes into the access log with it.</summary>
    public async Task<Outcome<DisclosedAddress>> DiscloseAsync(Guid courseId, DisclosurePurpose purpose, CancellationToken ct)
    {
        if (await courses.AssignedAsync(courseId, ct) is null
            || await db.ProtectedAddresses.AsNoTracking().SingleOrDefaultAsync(a => a.CourseId == courseId, ct) is not { } protection)
        {
            return Outcome<DisclosedAddress>.NotFound;
        }

        accessLog.Record(SafetyQueries.AddressSubject, courseId.ToString(), AccessAction.Read, DisclosurePurposes.For(purpose));
        return new DisclosedAddress(protection, protector.Unprotect(protection.SealedAddress, SafetyCells.Address(protection.TenantId, courseId)));
    }

    /// <summary>Ends the protection and forgets the address: the row goes, with its pending reminder.</summary>
    public async Task<Outcome<ProtectedAddress>> EndAsync(Guid courseId, CancellationToken ct)
    {
        if (await courses.AssignedAsync(courseId, ct) is null
            || await db.ProtectedAddresses.SingleOrDefaultAsync(a => a.CourseId == courseId, ct) is not { } protection)
        {
            return Outcome<ProtectedAddress>.NotFound;
        }

        await timers.CancelAsync(protection.ReminderTokenId, ct);
        db.ProtectedAddresses.Remove(protection);
        outbox.Publish(new AddressProtectionEnded { CourseId = courseId, TenantId = protection.TenantId, EndedAt = time.GetUtcNow() }, courseId.ToString());
        accessLog.Record(SafetyQueries.AddressSubject, courseId.ToString(), AccessAction.Change, AccessPurposes.CaseHandling);
        return protection;
    }
}
