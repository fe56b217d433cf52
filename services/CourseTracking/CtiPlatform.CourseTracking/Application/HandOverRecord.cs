using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>A course with its hand-over plan and the plan's content decrypted; both null while no plan has been made.</summary>
internal sealed record HandOverRecord(TrackedCourse Course, HandOverPlan? Plan, HandOverContent? Content);
