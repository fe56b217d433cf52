using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>A course's live fidelity: its flags, none when it follows the method so far.</summary>
public sealed record CourseFidelityView(Guid CourseId, string WorkerId, TrackingStage Stage, string StageLabel, IReadOnlyList<FidelityFlagView> Flags);
