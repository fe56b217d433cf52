namespace CtiPlatform.Contracts.Safety;

/// <summary>How great the danger to her is judged to be, lowest first. Values are appended, never renumbered: they travel in messages.</summary>
public enum RiskLevel
{
    Low = 0,
    Medium = 1,
    High = 2,
}
