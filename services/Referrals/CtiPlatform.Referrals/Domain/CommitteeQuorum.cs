using CtiPlatform.Domain;

namespace CtiPlatform.Referrals.Domain;

/// <summary>
/// Who may take part in a visitation decision, and how many must (docs/decisions/027-who-decides.md): every
/// participant is a committee member, and at least <see cref="MinimumParticipants"/> different ones took part.
/// </summary>
public sealed record CommitteeQuorum(IReadOnlySet<string> Members, int MinimumParticipants)
{
    public Refusal? Check(IReadOnlyList<string> participants)
    {
        if (participants.Any(p => !Members.Contains(p)))
        {
            return ReferralRefusal.ParticipantNotACommitteeMember;
        }

        return participants.Distinct(StringComparer.Ordinal).Count() < MinimumParticipants ? ReferralRefusal.TooFewCommitteeParticipants : null;
    }
}
