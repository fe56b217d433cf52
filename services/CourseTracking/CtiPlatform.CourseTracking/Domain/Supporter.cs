namespace CtiPlatform.CourseTracking.Domain;

/// <summary>One person or organisation in the hand-over plan and what they help her with after CTI.</summary>
public sealed record Supporter(SupporterKind Kind, string Name, string HelpsWith);
