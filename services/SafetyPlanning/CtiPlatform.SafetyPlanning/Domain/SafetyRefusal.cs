using CtiPlatform.Domain;

namespace CtiPlatform.SafetyPlanning.Domain;

/// <summary>Why a safety command was refused; texts in Resources/SafetyTexts.resx under the rule's name.</summary>
public static class SafetyRefusal
{
    public static readonly Refusal ProtectionAlreadyExpired = new(nameof(ProtectionAlreadyExpired), "registeredOn");
    public static readonly Refusal ContactAlreadyStopped = new(nameof(ContactAlreadyStopped));
    public static readonly Refusal ContactNotStopped = new(nameof(ContactNotStopped));
    public static readonly Refusal RiskChecklistIncomplete = new(nameof(RiskChecklistIncomplete), "answers");
    public static readonly Refusal UnknownRiskItem = new(nameof(UnknownRiskItem), "answers");
    public static readonly Refusal PlanVersionChanged = new(nameof(PlanVersionChanged));
    public static readonly Refusal JudgementMayOnlyRaise = new(nameof(JudgementMayOnlyRaise), "judgedLevel");
}
