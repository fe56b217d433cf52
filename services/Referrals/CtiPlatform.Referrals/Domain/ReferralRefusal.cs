using CtiPlatform.Domain;

namespace CtiPlatform.Referrals.Domain;

/// <summary>
/// Why a referral command was refused; each names the rule it protects. A refusal naming a field is a 422 (that
/// input is at fault), one without is a 409 (the referral's state forbids it). Texts live in
/// Resources/ReferralTexts.resx under the rule's name.
/// </summary>
public static class ReferralRefusal
{
    public static readonly Refusal AllCriteriaAssessed = new(nameof(AllCriteriaAssessed), "criteria");

    /// <summary>A referral to CTI is made only when she wants a course; otherwise she is offered coordinating counselling (seed 002).</summary>
    public static readonly Refusal OnlyWhenSheWantsCti = new(nameof(OnlyWhenSheWantsCti), "situation.wantsCti");
    public static readonly Refusal OnlySubmittedReferralsGoOnAnAgenda = new(nameof(OnlySubmittedReferralsGoOnAnAgenda));
    public static readonly Refusal ReasonRequiredWhenDecidingAgainstEligibility = new(nameof(ReasonRequiredWhenDecidingAgainstEligibility), "reason");
    public static readonly Refusal OverrideReasonRequiredAboveCaseloadLimit = new(nameof(OverrideReasonRequiredAboveCaseloadLimit), "caseloadOverrideReason");
    public static readonly Refusal ReasonRequiredToDecline = new(nameof(ReasonRequiredToDecline), "reason");
    public static readonly Refusal OnlyUndecidedReferralsCanBeWithdrawn = new(nameof(OnlyUndecidedReferralsCanBeWithdrawn));
    public static readonly Refusal AlreadyDecidedOrWithdrawn = new(nameof(AlreadyDecidedOrWithdrawn));
    public static readonly Refusal NotAMeetingDate = new(nameof(NotAMeetingDate), "meetingDate");

    /// <summary>A decision is recorded for a meeting that has been held, never ahead of it (issue #19).</summary>
    public static readonly Refusal MeetingNotYetHeld = new(nameof(MeetingNotYetHeld), "meetingDate");

    /// <summary>The committee meets on working days (docs/decisions/026-committee-meetings-on-working-days.md).</summary>
    public static readonly Refusal NotAWorkingDay = new(nameof(NotAWorkingDay), "meetingDate");
    public static readonly Refusal AlreadyAMeetingDate = new(nameof(AlreadyAMeetingDate), "meetingDate");
    public static readonly Refusal NoMeetingToMove = new(nameof(NoMeetingToMove), "from");

    /// <summary>Decisions name their meeting; a meeting that has them has been held where it was.</summary>
    public static readonly Refusal MeetingHasDecisions = new(nameof(MeetingHasDecisions), "from");

    /// <summary>A decision names its participants from the committee's members, enough of them (docs/decisions/027-who-decides.md).</summary>
    public static readonly Refusal ParticipantNotACommitteeMember = new(nameof(ParticipantNotACommitteeMember), "participants");
    public static readonly Refusal TooFewCommitteeParticipants = new(nameof(TooFewCommitteeParticipants), "participants");
    public static readonly Refusal WorkerRequired = new(nameof(WorkerRequired), "workerId");

    /// <summary>
    /// Her encrypted data in this referral does not decrypt for its row: it was copied from another row, column or
    /// municipality, altered, or written under a key no longer configured. Nothing of it is shown.
    /// </summary>
    public static readonly Refusal ProtectedDataUnreadable = new(nameof(ProtectedDataUnreadable));

    /// <summary>Assignment names a worker in the municipality's registry who is active (docs/decisions/019-worker-registry.md).</summary>
    public static readonly Refusal WorkerNotRegistered = new(nameof(WorkerNotRegistered), "workerId");
    public static readonly Refusal AlreadyAssignedToWorker = new(nameof(AlreadyAssignedToWorker), "workerId");
    public static readonly Refusal OnlyRunningCoursesCanBeReassigned = new(nameof(OnlyRunningCoursesCanBeReassigned));

    /// <summary>The submitter's Idempotency-Key was used before for a referral with other content (the field is the header).</summary>
    public static readonly Refusal IdempotencyKeyReused = new(nameof(IdempotencyKeyReused), "Idempotency-Key");

    /// <summary>The § 141 action plan is a PDF of a bounded size (docs/decisions/028 and 032); the field is the request body.</summary>
    public static readonly Refusal ActionPlanRequired = new(nameof(ActionPlanRequired), "actionPlan");
    public static readonly Refusal ActionPlanTooLarge = new(nameof(ActionPlanTooLarge), "actionPlan");
    public static readonly Refusal ActionPlanMustBePdf = new(nameof(ActionPlanMustBePdf), "actionPlan");

    /// <summary>The committee decides on the plan it read: after the decision or a withdrawal the plan is no longer changed.</summary>
    public static readonly Refusal ActionPlanOnlyWhileUndecided = new(nameof(ActionPlanOnlyWhileUndecided));
}
