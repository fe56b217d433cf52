namespace CtiPlatform.Referrals.Api;

/// <summary>A recorded hand-over of a course; the reason is free text, so answering with it is access-logged.</summary>
public sealed record ReassignmentView(
    Guid ReferralId, string PreviousWorkerId, string WorkerId, string Reason, string ReassignedBy, DateTimeOffset ReassignedAt);
