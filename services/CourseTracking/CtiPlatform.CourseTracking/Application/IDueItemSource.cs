using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>
/// One kind of work the method asks for, as things due: each feature of the record answers for its own, so the due
/// list and the team lead's board grow with the record without knowing its tables.
/// </summary>
internal interface IDueItemSource
{
    /// <summary>What is due on or before <paramref name="until"/> on <paramref name="courses"/> and not yet done.</summary>
    Task<IReadOnlyList<DueItem>> DueAsync(IReadOnlyList<TrackedCourse> courses, DateOnly until, CancellationToken ct);
}
