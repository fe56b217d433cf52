using CtiPlatform.ServiceDefaults.Tenancy;

namespace CtiPlatform.Persistence.AccessLogging;

internal sealed class AccessLog<TContext>(TContext db, TenantContext tenant, TimeProvider clock) : IAccessLog
    where TContext : ServiceDbContext
{
    public void Record(string subjectType, string subjectId, AccessAction action, string purpose)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        db.AccessLog.Add(new AccessLogEntry
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenant.RequiredTenantId,
            OccurredAt = clock.GetUtcNow(),
            ActorId = tenant.ActorId ?? "unknown",
            ActorRoles = string.Join(',', tenant.Roles),
            SubjectType = subjectType,
            SubjectId = subjectId,
            Action = action,
            Purpose = purpose,
        });
    }
}
