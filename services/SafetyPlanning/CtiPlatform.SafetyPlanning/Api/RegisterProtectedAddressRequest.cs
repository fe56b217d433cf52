using CtiPlatform.SafetyPlanning.Domain;

namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>Her protected address and the protection it has, from <c>registeredOn</c>; registering again replaces both (a renewal).</summary>
public sealed record RegisterProtectedAddressRequest(AddressProtectionKind? Kind, string? Address, DateOnly? RegisteredOn);
