using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

public sealed record SupporterView(SupporterKind Kind, string KindLabel, string Name, string HelpsWith);
