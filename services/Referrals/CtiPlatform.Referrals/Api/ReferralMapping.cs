using CtiPlatform.Persistence.Protection;
using CtiPlatform.Referrals.Application;
using CtiPlatform.Referrals.Domain;

namespace CtiPlatform.Referrals.Api;

internal static class ReferralMapping
{
    /// <summary>The whole referral with her data decrypted; throws <see cref="System.Security.Cryptography.CryptographicException"/> when any of it cannot be.</summary>
    public static ReferralView ToView(this Referral r, PersonalDataProtector protector)
    {
        var cells = ReferralCells.Of(r);
        return new ReferralView(
            r.Id, r.Status, ReferralLabels.Of(r.Status), r.SubmittedAt, r.SubmittedBy, r.ShelterOrganisationId, WomanIdentity.View(r.Woman, protector, cells),
            ReferralProtection.Children(r.ProtectedChildren, protector, cells.Children),
            ReferralProtection.Children(r.ProtectedChildrenWithFather, protector, cells.ChildrenWithFather),
            ReferralProtection.Criteria(r.Criteria, protector, cells)
                .Select(c => new CriterionView(c.Criterion!.Value, ReferralLabels.Of(c.Criterion.Value), c.Met!.Value, c.Justification!)).ToList(),
            r.CriteriaMet, r.IsEligible, r.ActionPlanDate, r.ExpectedMoveOutDate, r.ConsentToShareHistory,
            new ShelterContactInput(
                protector.Unprotect(r.ProtectedShelterContactName, cells.ShelterContactName),
                protector.Unprotect(r.ProtectedShelterContactPhone, cells.ShelterContactPhone)),
            r.Situation,
            r.AgendaMeetingDate, r.Decision, r.DecidedAgainstEligibility, r.WorkerId, r.CaseloadOverrideReason, r.PossibleDuplicates);
    }

    public static ActionPlanAttachment ToAttachment(this ActionPlanDocument p) => new(p.SizeBytes, p.UploadedAt, p.UploadedBy);

    public static ReferralStatusView ToStatusView(this Referral r) => new(r.Id, r.Status, r.SubmittedAt, r.Decision?.MeetingDate, ReferralLabels.Of(r.Status));

    public static ReferralSummary ToSummary(this Referral r) =>
        new(r.Id, r.Status, r.SubmittedAt, r.CriteriaMet, r.IsEligible, r.PossibleDuplicates.Count > 0, r.AgendaMeetingDate, ReferralLabels.Of(r.Status));

    public static RegistrationReportRow ToReportRow(this Referral r) => new(
        r.Id, r.ShelterOrganisationId ?? r.SubmittedBy, r.SubmittedAt, r.Status, ReferralLabels.Of(r.Status), r.Decision?.MeetingDate, r.Decision?.Reason,
        r.DecidedAgainstEligibility, r.CaseloadOverrideReason is not null, r.MoveInDate, r.CourseEndedOn,
        r.CourseOutcome, ReferralLabels.Of(r.CourseOutcome), r.CourseEndsTo, ReferralLabels.Of(r.CourseEndsTo));

    public static CommitteeMeetingView ToView(this CommitteeMeeting m) => new(m.MeetingDate, m.MovedFrom, m.RecordedBy, m.RecordedAt);

    public static WorkerView ToView(this Worker w) => new(w.WorkerId, w.Active, w.RegisteredAt, w.DeactivatedAt);

    public static ReassignmentView ToView(this Reassignment r) =>
        new(r.ReferralId, r.PreviousWorkerId, r.WorkerId, r.Reason, r.ReassignedBy, r.ReassignedAt);
}
