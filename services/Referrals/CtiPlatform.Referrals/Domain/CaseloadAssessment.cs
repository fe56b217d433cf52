namespace CtiPlatform.Referrals.Domain;

/// <summary>A worker's weighted caseload if one more course were assigned, against the tenant's limit.</summary>
public sealed record CaseloadAssessment(decimal LoadAfterAssignment, decimal Limit)
{
    public bool ExceedsLimit => LoadAfterAssignment > Limit;
}
