using System.Linq.Expressions;
using CtiPlatform.Contracts.Courses;
using CtiPlatform.Domain;
using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.Referrals.Domain;

/// <summary>
/// A referral to CTI (indstilling): submitted by a shelter or caseworker to the woman's acting municipality,
/// placed on a visitation committee agenda, then approved with an assigned worker, declined, or withdrawn.
/// </summary>
public sealed class Referral : ITenantOwned
{
    /// <summary>At least this many target-group criteria make her eligible (seed 001).</summary>
    public const int CriteriaRequiredForEligibility = 2;

    /// <summary>Open means it may still become, or already is, a running course; also usable in queries.</summary>
    public static readonly Expression<Func<Referral, bool>> Open = r =>
        r.Status == ReferralStatus.Submitted || r.Status == ReferralStatus.OnAgenda
        || (r.Status == ReferralStatus.Approved && r.CourseEndedOn == null);

    private static readonly Func<Referral, bool> IsOpenNow = Open.Compile();

    private Referral()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    /// <summary>The shelter organisation that referred her, or null when a municipal caseworker did.</summary>
    public string? ShelterOrganisationId { get; private set; }

    public string SubmittedBy { get; private set; } = "";

    public DateTimeOffset SubmittedAt { get; private set; }

    public Woman Woman { get; private set; } = null!;

    /// <summary>The children moving with her (<see cref="Child"/> values), encrypted as one value.</summary>
    public string ProtectedChildren { get; private set; } = "";

    /// <summary>Her children who live with their father (<see cref="Child"/> values), encrypted as one value like those moving with her.</summary>
    public string ProtectedChildrenWithFather { get; private set; } = "";

    public IReadOnlyList<CriterionAssessment> Criteria { get; private set; } = [];

    /// <summary>Date of the § 141 action plan (handleplan) the referral comes through.</summary>
    public DateOnly ActionPlanDate { get; private set; }

    public DateOnly ExpectedMoveOutDate { get; private set; }

    /// <summary>She consents to the shelter handing over its history to the CTI worker.</summary>
    public bool ConsentToShareHistory { get; private set; }

    /// <summary>The shelter's contact person, encrypted: name and phone tell where she stays.</summary>
    public string ProtectedShelterContactName { get; private set; } = "";

    public string ProtectedShelterContactPhone { get; private set; } = "";

    /// <summary>Her wish for CTI and her situation; null for referrals submitted before the referral asked for them.</summary>
    public Situation? Situation { get; private set; }

    public ReferralStatus Status { get; private set; }

    public DateOnly? AgendaMeetingDate { get; private set; }

    public CommitteeDecision? Decision { get; private set; }

    /// <summary>The committee decided against the computed eligibility: reported as a deviation.</summary>
    public bool DecidedAgainstEligibility { get; private set; }

    public string? WorkerId { get; private set; }

    public string? CaseloadOverrideReason { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    /// <summary>Other open referrals or courses in the tenant that look like the same woman.</summary>
    public IReadOnlyList<Guid> PossibleDuplicates { get; private set; } = [];

    public DateOnly? MoveInDate { get; private set; }

    public DateOnly? CourseEndedOn { get; private set; }

    /// <summary>
    /// From this Danish date the assigned worker no longer sees the referral; set when the course closes, from the
    /// lifecycle's setting (docs/decisions/409-worker-access-after-closure.md). Until then only the team lead.
    /// </summary>
    public DateOnly? WorkerAccessEndsOn { get; private set; }

    public CourseClosureReason? CourseOutcome { get; private set; }

    /// <summary>What the course ended to, the support she goes on to (seed 001), apart from why it ended.</summary>
    public CourseEndsTo? CourseEndsTo { get; private set; }

    public int CriteriaMet => Criteria.Count(c => c.Met);

    public bool IsEligible => CriteriaMet >= CriteriaRequiredForEligibility;

    /// <summary>Submitted or on an agenda: not yet decided or withdrawn.</summary>
    public bool IsUndecided => Status is ReferralStatus.Submitted or ReferralStatus.OnAgenda;

    /// <summary>See <see cref="Open"/>.</summary>
    public bool IsOpen => IsOpenNow(this);

    public static Outcome<Referral> Submit(
        Guid id, string tenantId, string? shelterOrganisationId, string submittedBy, DateTimeOffset submittedAt, Woman woman,
        string protectedChildren, string protectedChildrenWithFather, IReadOnlyList<CriterionAssessment> criteria, DateOnly actionPlanDate,
        DateOnly expectedMoveOutDate, bool consentToShareHistory, string protectedShelterContactName, string protectedShelterContactPhone,
        Situation situation, IReadOnlyList<Guid> possibleDuplicates)
    {
        // Seed 002: "Hvis kvinden ikke ønsker et CTI-forløb tilbydes hun i stedet koordinerende rådgivning."
        if (!situation.WantsCti)
        {
            return ReferralRefusal.OnlyWhenSheWantsCti;
        }

        if (criteria.Select(c => c.Criterion).Distinct().Count() != Enum.GetValues<TargetGroupCriterion>().Length)
        {
            return ReferralRefusal.AllCriteriaAssessed;
        }

        return new Referral
        {
            Id = id,
            TenantId = tenantId,
            ShelterOrganisationId = shelterOrganisationId,
            SubmittedBy = submittedBy,
            SubmittedAt = submittedAt,
            Woman = woman,
            ProtectedChildren = protectedChildren,
            ProtectedChildrenWithFather = protectedChildrenWithFather,
            Criteria = criteria.OrderBy(c => c.Criterion).ToList(),
            ActionPlanDate = actionPlanDate,
            ExpectedMoveOutDate = expectedMoveOutDate,
            ConsentToShareHistory = consentToShareHistory,
            ProtectedShelterContactName = protectedShelterContactName,
            ProtectedShelterContactPhone = protectedShelterContactPhone,
            Situation = situation,
            Status = ReferralStatus.Submitted,
            PossibleDuplicates = possibleDuplicates,
        };
    }

    /// <summary>Puts a submitted referral on the agenda of the committee meeting on <paramref name="meetingDate"/>.</summary>
    public Refusal? PlaceOnAgenda(DateOnly meetingDate)
    {
        if (Status != ReferralStatus.Submitted)
        {
            return ReferralRefusal.OnlySubmittedReferralsGoOnAnAgenda;
        }

        Status = ReferralStatus.OnAgenda;
        AgendaMeetingDate = meetingDate;
        return null;
    }

    /// <summary>The committee moved the meeting this referral's agenda belongs to.</summary>
    public void MoveAgenda(DateOnly meetingDate) => AgendaMeetingDate = meetingDate;

    /// <summary>
    /// Approves and assigns a worker. Deciding against eligibility needs a reason; so does assigning a worker whose
    /// weighted caseload would exceed the tenant's limit. Returns the refusal, or null when approved.
    /// </summary>
    public Refusal? Approve(CommitteeDecision decision, string workerId, CaseloadAssessment caseload, string? caseloadOverrideReason)
    {
        if (!IsUndecided)
        {
            return ReferralRefusal.AlreadyDecidedOrWithdrawn;
        }

        if (!IsEligible && string.IsNullOrWhiteSpace(decision.Reason))
        {
            return ReferralRefusal.ReasonRequiredWhenDecidingAgainstEligibility;
        }

        if (caseload.ExceedsLimit && string.IsNullOrWhiteSpace(caseloadOverrideReason))
        {
            return ReferralRefusal.OverrideReasonRequiredAboveCaseloadLimit;
        }

        Status = ReferralStatus.Approved;
        Decision = decision;
        DecidedAgainstEligibility = !IsEligible;
        WorkerId = workerId;
        CaseloadOverrideReason = caseload.ExceedsLimit ? caseloadOverrideReason : null;
        return null;
    }

    /// <summary>Declines, with the reason a decline always needs. Returns the refusal, or null when declined.</summary>
    public Refusal? Decline(CommitteeDecision decision)
    {
        if (!IsUndecided)
        {
            return ReferralRefusal.AlreadyDecidedOrWithdrawn;
        }

        if (string.IsNullOrWhiteSpace(decision.Reason))
        {
            return ReferralRefusal.ReasonRequiredToDecline;
        }

        Status = ReferralStatus.Declined;
        Decision = decision;
        DecidedAgainstEligibility = IsEligible;
        return null;
    }

    /// <summary>Withdraws a referral not yet decided. Returns the refusal, or null when withdrawn.</summary>
    public Refusal? Withdraw(DateTimeOffset at)
    {
        if (!IsUndecided)
        {
            return ReferralRefusal.OnlyUndecidedReferralsCanBeWithdrawn;
        }

        Status = ReferralStatus.Withdrawn;
        WithdrawnAt = at;
        return null;
    }

    /// <summary>Records the move-in the course registered, for the registration report.</summary>
    public void RecordMoveIn(DateOnly moveInDate) => MoveInDate = moveInDate;

    public void RecordCourseClosed(DateOnly closedOn, CourseClosureReason outcome, CourseEndsTo? endsTo, DateOnly workerAccessEndsOn)
    {
        CourseEndedOn = closedOn;
        CourseOutcome = outcome;
        CourseEndsTo = endsTo;
        WorkerAccessEndsOn = workerAccessEndsOn;
    }

    /// <summary>
    /// Moves the running course to another worker: access follows assignment, so the previous worker loses the
    /// referral with this. Returns the refusal, or null when reassigned.
    /// </summary>
    public Refusal? Reassign(string workerId)
    {
        if (Status != ReferralStatus.Approved || CourseEndedOn is not null)
        {
            return ReferralRefusal.OnlyRunningCoursesCanBeReassigned;
        }

        if (workerId == WorkerId)
        {
            return ReferralRefusal.AlreadyAssignedToWorker;
        }

        WorkerId = workerId;
        return null;
    }
}
