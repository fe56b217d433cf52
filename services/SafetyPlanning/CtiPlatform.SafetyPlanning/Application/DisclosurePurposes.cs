using CtiPlatform.SafetyPlanning.Domain;

namespace CtiPlatform.SafetyPlanning.Application;

/// <summary>The access log's purpose for opening the protected address: the shared vocabulary's words do not say why an address was needed.</summary>
internal static class DisclosurePurposes
{
    public const string Prefix = "address-disclosure:";

    public static string For(DisclosurePurpose purpose) => purpose switch
    {
        DisclosurePurpose.HomeVisit => Prefix + "home-visit",
        DisclosurePurpose.EmergencyHelp => Prefix + "emergency-help",
        DisclosurePurpose.HousingMatter => Prefix + "housing-matter",
        DisclosurePurpose.ChildrenMatter => Prefix + "children-matter",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "Unknown disclosure purpose."),
    };
}
