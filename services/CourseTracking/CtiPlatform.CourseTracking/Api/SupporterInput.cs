using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>A person or organisation who supports her after CTI, and with what.</summary>
public sealed record SupporterInput(SupporterKind? Kind, string? Name, string? HelpsWith);
