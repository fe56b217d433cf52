using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>One deviation: code, Danish label, the phase and date it concerns, and the numbers behind it (decision 508).</summary>
public sealed record FidelityFlagView(FidelityCode Code, string Label, int? Phase, DateOnly? Date, IReadOnlyDictionary<string, decimal> Numbers);
