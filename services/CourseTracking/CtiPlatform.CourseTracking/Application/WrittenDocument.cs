using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>A phase's documentation with its statuses decrypted.</summary>
internal sealed record WrittenDocument(PhaseDocument Document, IReadOnlyList<FocusAreaStatus> Statuses);
