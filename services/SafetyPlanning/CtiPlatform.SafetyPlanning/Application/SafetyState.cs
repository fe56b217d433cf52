using CtiPlatform.SafetyPlanning.Domain;

namespace CtiPlatform.SafetyPlanning.Application;

/// <summary>A course's safety at a glance: whether her address is protected (never where).</summary>
internal sealed record SafetyState(SafetyCourse Course, ProtectedAddress? Protection);
