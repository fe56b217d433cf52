namespace CtiPlatform.SafetyPlanning.Domain;

/// <summary>The answer to one item of the risk checklist; only yes counts towards the level (decision 606).</summary>
public enum RiskAnswer
{
    No = 0,
    Yes = 1,
    Unknown = 2,
}
