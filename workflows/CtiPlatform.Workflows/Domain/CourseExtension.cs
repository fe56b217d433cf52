namespace CtiPlatform.Workflows.Domain;

/// <summary>An explicit decision to extend phase 3 (a reported deviation from the method).</summary>
public sealed record CourseExtension(int Months, string Reason, DateOnly DecidedOn, string ActorId);
