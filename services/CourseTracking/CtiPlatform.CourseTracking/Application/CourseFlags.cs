using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>A course and its live fidelity flags.</summary>
internal sealed record CourseFlags(TrackedCourse Course, IReadOnlyList<FidelityFlag> Flags);
