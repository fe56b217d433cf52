namespace CtiPlatform.Referrals.Tests;

/// <summary>One message as it crossed the broker: its type name, raw body and headers.</summary>
public sealed record CapturedMessage(Guid ReferralId, string MessageType, string Body, string Headers);
