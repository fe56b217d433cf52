using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>
/// One thing due on a course on a Danish date. <paramref name="Reference"/> names which (a meeting id, a compass
/// occasion, a checklist transition), so the client can open it; nothing about her is in it.
/// </summary>
internal sealed record DueItem(Guid CourseId, DueKind Kind, DateOnly DueOn, string Reference);
