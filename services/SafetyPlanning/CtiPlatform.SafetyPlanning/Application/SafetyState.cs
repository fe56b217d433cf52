using CtiPlatform.SafetyPlanning.Domain;

namespace CtiPlatform.SafetyPlanning.Application;

/// <summary>A course's safety at a glance: whether her address is protected (never where) and whether contact is stopped.</summary>
internal sealed record SafetyState(SafetyCourse Course, ProtectedAddress? Protection, ContactStop? ActiveStop);
