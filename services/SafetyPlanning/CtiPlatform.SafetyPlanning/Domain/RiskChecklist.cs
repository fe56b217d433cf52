using CtiPlatform.Contracts.Safety;
using CtiPlatform.Domain;

namespace CtiPlatform.SafetyPlanning.Domain;

/// <summary>
/// A municipality's risk checklist (decision 606): its item keys, and how many yes answers make the level medium and
/// high. Fewer yes answers than <see cref="MediumFrom"/> is low.
/// </summary>
public sealed record RiskChecklist(IReadOnlyList<string> Keys, int MediumFrom, int HighFrom)
{
    /// <summary>Our own neutral checklist, written from the safety themes of seed 000; its texts are <c>RiskItem_{Key}</c> in the service's resources.</summary>
    public static readonly IReadOnlyList<string> DefaultKeys =
    [
        "RecentThreats", "KnowsAddress", "UnwantedApproaches", "PoliceMeasureBreached", "HandOverConflict", "ChildrenApproached", "SheFears",
        "NoSafePlace",
    ];

    /// <summary>Refuses answers that leave an item out or name one the checklist does not have; null when every item is answered.</summary>
    public Refusal? Check(IReadOnlyDictionary<string, RiskAnswer> answers) =>
        answers.Keys.Any(k => !Keys.Contains(k, StringComparer.Ordinal)) ? SafetyRefusal.UnknownRiskItem
        : Keys.Any(k => !answers.ContainsKey(k)) ? SafetyRefusal.RiskChecklistIncomplete
        : null;

    /// <summary>The level the answers give by the thresholds alone.</summary>
    public RiskLevel LevelFor(IReadOnlyDictionary<string, RiskAnswer> answers)
    {
        var yes = answers.Values.Count(a => a == RiskAnswer.Yes);
        return yes >= HighFrom ? RiskLevel.High : yes >= MediumFrom ? RiskLevel.Medium : RiskLevel.Low;
    }
}
