namespace CtiPlatform.SafetyPlanning.Domain;

/// <summary>
/// Why the worker opens the protected address, stated each time and written to the access log
/// (docs/decisions/602-protected-address-disclosure.md). Appended, never renumbered.
/// </summary>
public enum DisclosurePurpose
{
    /// <summary>She is visited at home.</summary>
    HomeVisit = 0,

    /// <summary>Emergency help must find her (police, ambulance).</summary>
    EmergencyHelp = 1,

    /// <summary>Her home itself: tenancy, housing benefit, repairs.</summary>
    HousingMatter = 2,

    /// <summary>Her children's school, day care or caseworker must be told where they live.</summary>
    ChildrenMatter = 3,
}
