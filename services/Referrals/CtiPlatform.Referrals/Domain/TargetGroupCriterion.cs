namespace CtiPlatform.Referrals.Domain;

/// <summary>The six target-group criteria of the referral (seed 001). At least two must hold.</summary>
public enum TargetGroupCriterion
{
    /// <summary>Special risk of returning to a violent life or of repeated shelter stays.</summary>
    RiskOfReturn = 1,

    /// <summary>Hard to cope with life in her own home (money, daily structure, weakened self-image).</summary>
    DifficultyCopingAtHome = 2,

    /// <summary>Weak attachment to work or education.</summary>
    WeakLabourMarketAttachment = 3,

    /// <summary>No or little network besides the perpetrator.</summary>
    LittleNetwork = 4,

    /// <summary>Generally poor well-being.</summary>
    PoorWellBeing = 5,

    /// <summary>She moves into her own home without the perpetrator.</summary>
    MovesIntoOwnHome = 6,
}
