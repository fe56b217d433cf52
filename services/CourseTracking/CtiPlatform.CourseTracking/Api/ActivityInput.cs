using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>An activity of a focus area; <see cref="NetworkPerson"/> names the network person's role when one does it.</summary>
public sealed record ActivityInput(string? Description, ActivityResponsible? Responsible, string? NetworkPerson, PlanItemStatus? Status);
