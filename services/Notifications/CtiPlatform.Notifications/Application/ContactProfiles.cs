using CtiPlatform.Domain;
using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Persistence;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Notifications.Application;

/// <summary>
/// The contact profile of a course (decision 706): recorded or withdrawn by the course's own worker with her, read by
/// her or a team lead. Her number is personal data: kept encrypted, and every read or change access-logged. Recording it
/// plans her SMS anew and ends a pause after a raised risk (decision 709); withdrawing it cancels those not yet sent.
/// </summary>
internal sealed class ContactProfiles(
    NotificationsDbContext db, TenantContext caller, PersonalDataProtector protector, IAccessLog accessLog, SmsPlanner planner, NeverContactNumbers neverContact,
    TimeProvider time)
{
    /// <summary>How the access log names a contact profile.</summary>
    public const string Subject = "contact-profile";

    private DateOnly Today => CopenhagenCalendar.DateAt(time.GetUtcNow());

    public async Task<Outcome<ContactProfileRecord>> ReadAsync(Guid courseId, CancellationToken ct)
    {
        if (await db.Courses.VisibleTo(caller, Today).SingleOrDefaultAsync(c => c.CourseId == courseId, ct) is not { } course
            || await db.ContactProfiles.SingleOrDefaultAsync(p => p.CourseId == courseId, ct) is not { } profile)
        {
            return Outcome<ContactProfileRecord>.NotFound;
        }

        accessLog.Record(Subject, courseId.ToString(), AccessAction.Read, AccessPurposes.ForReader(caller));
        return Present(profile, course);
    }

    public async Task<Outcome<ContactProfileRecord>> SaveAsync(Guid courseId, ContactTerms terms, string phoneNumber, CancellationToken ct)
    {
        if (await db.Courses.AssignedTo(caller, Today).SingleOrDefaultAsync(c => c.CourseId == courseId, ct) is not { } course)
        {
            return Outcome<ContactProfileRecord>.NotFound;
        }

        if (course.ClosedOn is not null)
        {
            return NotificationRefusal.CourseClosed;
        }

        if (await neverContact.ListedAsync(course.TenantId, courseId, phoneNumber, ct))
        {
            return NotificationRefusal.NeverContactNumber;
        }

        var now = time.GetUtcNow();
        var actor = caller.ActorId!;
        var protectedNumber = protector.Protect(phoneNumber, NotificationCells.PhoneNumber(course.TenantId, courseId));
        var profile = await db.ContactProfiles.SingleOrDefaultAsync(p => p.CourseId == courseId, ct);
        if (profile is null)
        {
            var recorded = ContactProfile.Record(courseId, course.TenantId, terms, protectedNumber, actor, now);
            if (recorded.Value is not { } created)
            {
                return recorded.Refusal!;
            }

            db.ContactProfiles.Add(created);
            profile = created;
        }
        else if (profile.Change(terms, protectedNumber, actor, now) is { } refusal)
        {
            return refusal;
        }

        // Recorded anew with her, so a pause after a raised risk ends here; her SMS not yet sent were written for her old terms.
        course.ResumeSms();
        await planner.PlanCourseAsync(course, profile, SmsCancelReason.ProfileChanged, ct);
        accessLog.Record(Subject, courseId.ToString(), AccessAction.Change, AccessPurposes.CaseHandling);
        return new ContactProfileRecord(profile, phoneNumber, course.SmsPausedSince);
    }

    /// <summary>She withdrew her consent: the profile goes, and her number with it.</summary>
    public async Task<bool> WithdrawAsync(Guid courseId, CancellationToken ct)
    {
        if (!await db.Courses.AssignedTo(caller, Today).AnyAsync(c => c.CourseId == courseId, ct)
            || await db.ContactProfiles.SingleOrDefaultAsync(p => p.CourseId == courseId, ct) is not { } profile)
        {
            return false;
        }

        db.ContactProfiles.Remove(profile);
        await planner.CancelOpenAsync(courseId, null, SmsCancelReason.ProfileChanged, ct);
        accessLog.Record(Subject, courseId.ToString(), AccessAction.Change, AccessPurposes.CaseHandling);
        return true;
    }

    private ContactProfileRecord Present(ContactProfile profile, NotificationCourse course) =>
        new(profile, protector.Unprotect(profile.ProtectedNumber, NotificationCells.PhoneNumber(profile.TenantId, profile.CourseId)), course.SmsPausedSince);
}
