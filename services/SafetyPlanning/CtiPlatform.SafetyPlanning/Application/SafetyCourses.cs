using CtiPlatform.Domain;
using CtiPlatform.SafetyPlanning.Domain;
using CtiPlatform.SafetyPlanning.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.SafetyPlanning.Application;

/// <summary>Finds the course a request is about, as the caller may see it, on today's Danish date.</summary>
internal sealed class SafetyCourses(SafetyPlanningDbContext db, TenantContext caller, TimeProvider time)
{
    public DateOnly Today => CopenhagenCalendar.DateAt(time.GetUtcNow());

    /// <summary>The course when its worker or a team lead asks; null when absent or not the caller's.</summary>
    public Task<SafetyCourse?> VisibleAsync(Guid courseId, CancellationToken ct) =>
        db.Courses.VisibleTo(caller, Today).SingleOrDefaultAsync(c => c.CourseId == courseId, ct);

    /// <summary>The course when a worker who may visit her asks, a substitute included (decision 605); null otherwise.</summary>
    public Task<SafetyCourse?> VisitableAsync(Guid courseId, CancellationToken ct) =>
        db.Courses.VisitableBy(caller, Today).SingleOrDefaultAsync(c => c.CourseId == courseId, ct);

    /// <summary>The course when its own worker asks; null otherwise, team leads included.</summary>
    public Task<SafetyCourse?> AssignedAsync(Guid courseId, CancellationToken ct) =>
        db.Courses.AssignedTo(caller, Today).SingleOrDefaultAsync(c => c.CourseId == courseId, ct);
}
