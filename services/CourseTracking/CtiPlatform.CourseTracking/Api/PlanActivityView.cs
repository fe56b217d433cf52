using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

public sealed record PlanActivityView(
    string Description, ActivityResponsible Responsible, string ResponsibleLabel, string? NetworkPerson, PlanItemStatus Status, string StatusLabel);
