using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.SafetyPlanning.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.SafetyPlanning.Application;

/// <summary>Reads a course's safety as the caller may see it; every read is access-logged.</summary>
internal sealed class SafetyQueries(SafetyPlanningDbContext db, TenantContext caller, SafetyCourses courses, IAccessLog accessLog)
{
    /// <summary>How the access log names a course's safety overview.</summary>
    public const string Subject = "safety-course";

    /// <summary>How the access log names the protected address.</summary>
    public const string AddressSubject = "protected-address";

    /// <summary>How the access log names a stop of all contact.</summary>
    public const string ContactStopSubject = "contact-stop";

    /// <summary>The ordinary read: that her address is protected and how, never the address itself.</summary>
    public async Task<SafetyState?> OverviewAsync(Guid courseId, CancellationToken ct)
    {
        if (await courses.VisibleAsync(courseId, ct) is not { } course)
        {
            return null;
        }

        var protection = await db.ProtectedAddresses.AsNoTracking().SingleOrDefaultAsync(a => a.CourseId == courseId, ct);
        var stop = await db.ContactStops.AsNoTracking().SingleOrDefaultAsync(s => s.CourseId == courseId && s.LiftedAt == null, ct);
        accessLog.Record(Subject, courseId.ToString(), AccessAction.Read, AccessPurposes.ForReader(caller));
        return new SafetyState(course, protection, stop);
    }
}
