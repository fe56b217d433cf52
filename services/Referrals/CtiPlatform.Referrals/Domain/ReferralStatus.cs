namespace CtiPlatform.Referrals.Domain;

public enum ReferralStatus
{
    Submitted,
    OnAgenda,
    Approved,
    Declined,
    Withdrawn,
}
