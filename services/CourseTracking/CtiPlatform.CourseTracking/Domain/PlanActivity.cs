namespace CtiPlatform.CourseTracking.Domain;

/// <summary>An activity under a focus area: what is done, who does it (a network person by role), and its status.</summary>
public sealed record PlanActivity(string Description, ActivityResponsible Responsible, string? NetworkPerson, PlanItemStatus Status);
