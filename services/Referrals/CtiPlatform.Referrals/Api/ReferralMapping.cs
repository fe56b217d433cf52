using CtiPlatform.Persistence.Protection;
using CtiPlatform.Referrals.Domain;

namespace CtiPlatform.Referrals.Api;

internal static class ReferralMapping
{
    public static ReferralView ToView(this Referral r, PersonalDataProtector protector) => new(
        r.Id, r.Status, r.SubmittedAt, r.SubmittedBy, r.ShelterOrganisationId,
        new WomanView(
            r.Woman.Name, r.Woman.DateOfBirth, r.Woman.ProtectedCpr is null ? null : protector.Unprotect(r.Woman.ProtectedCpr),
            protector.Unprotect(r.Woman.ProtectedPhone), r.Woman.PreferredLanguage, r.Woman.InterpreterNeeded),
        r.Children, r.Criteria, r.CriteriaMet, r.IsEligible, r.ActionPlanDate, r.ExpectedMoveOutDate, r.ConsentToShareHistory,
        new ShelterContactInput(r.ShelterContactName, r.ShelterContactPhone), r.AgendaMeetingDate, r.Decision,
        r.DecidedAgainstEligibility, r.WorkerId, r.CaseloadOverrideReason, r.PossibleDuplicates);

    public static ReferralStatusView ToStatusView(this Referral r) => new(r.Id, r.Status, r.SubmittedAt, r.Decision?.MeetingDate);

    public static ReferralSummary ToSummary(this Referral r) =>
        new(r.Id, r.Status, r.SubmittedAt, r.CriteriaMet, r.IsEligible, r.PossibleDuplicates.Count > 0, r.AgendaMeetingDate);

    public static RegistrationReportRow ToReportRow(this Referral r) => new(
        r.Id, r.ShelterOrganisationId ?? r.SubmittedBy, r.SubmittedAt, r.Status, r.Decision?.MeetingDate, r.Decision?.Reason,
        r.DecidedAgainstEligibility, r.CaseloadOverrideReason is not null, r.MoveInDate, r.CourseEndedOn, r.CourseOutcome);

    public static WorkerView ToView(this Worker w) => new(w.WorkerId, w.Active, w.RegisteredAt, w.DeactivatedAt);

    public static ReassignmentView ToView(this Reassignment r) =>
        new(r.ReferralId, r.PreviousWorkerId, r.WorkerId, r.Reason, r.ReassignedBy, r.ReassignedAt);
}
