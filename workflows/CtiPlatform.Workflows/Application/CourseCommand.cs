using CtiPlatform.Workflows.Domain;

namespace CtiPlatform.Workflows.Application;

/// <summary>What a user command is decided against: today's Danish date, the municipality's settings, and who acts.</summary>
internal sealed record CourseCommand(DateOnly Today, CourseSettings Settings, string Actor);
