using CtiPlatform.SafetyPlanning.Domain;

namespace CtiPlatform.SafetyPlanning.Application;

/// <summary>The protected address opened for its worker, with the protection it lives under.</summary>
internal sealed record DisclosedAddress(ProtectedAddress Protection, string Address);
