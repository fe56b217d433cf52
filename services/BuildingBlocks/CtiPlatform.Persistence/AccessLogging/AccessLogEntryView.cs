namespace CtiPlatform.Persistence.AccessLogging;

public sealed record AccessLogEntryView(
    DateTimeOffset OccurredAt, string ActorId, string ActorRoles, string SubjectType, string SubjectId, AccessAction Action, string Purpose);
