using CtiPlatform.SafetyPlanning.Domain;

namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>Why the worker opens the address this time; required every time.</summary>
public sealed record DiscloseAddressRequest(DisclosurePurpose? Purpose);
