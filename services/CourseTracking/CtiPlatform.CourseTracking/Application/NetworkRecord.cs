using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>A course's network as the caller may see it: the persons shown and how many she has not consented to share with the caller.</summary>
internal sealed record NetworkRecord(TrackedCourse Course, IReadOnlyList<NetworkEntry> Persons, int NotConsentedCount);
