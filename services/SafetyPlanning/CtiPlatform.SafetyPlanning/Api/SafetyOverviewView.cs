namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>A course's safety as any of its readers sees it; the protected address itself is never part of it.</summary>
public sealed record SafetyOverviewView(Guid CourseId, string WorkerId, AddressProtectionView? AddressProtection, ContactStopView? ContactStop);
