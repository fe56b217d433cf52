namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>The protected address, opened for its worker with a stated purpose; never cached.</summary>
public sealed record DisclosedAddressView(Guid CourseId, string Address, AddressProtectionView Protection);
