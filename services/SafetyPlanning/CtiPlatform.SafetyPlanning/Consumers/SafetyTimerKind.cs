namespace CtiPlatform.SafetyPlanning.Consumers;

/// <summary>What a <see cref="SafetyTimerDue"/> is for. Appended, never renumbered: pending timers carry it.</summary>
public enum SafetyTimerKind
{
    /// <summary>Name and address protection runs out soon.</summary>
    AddressProtectionExpiry = 0,

    /// <summary>The safety plan's review date has come.</summary>
    PlanReview = 1,
}
