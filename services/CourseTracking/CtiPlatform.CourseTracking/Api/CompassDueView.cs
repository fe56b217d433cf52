using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>A measurement the lifecycle said is due; done once she and her worker have both scored it.</summary>
public sealed record CompassDueView(CompassOccasion Occasion, string OccasionLabel, DateOnly DueOn, bool Done);
