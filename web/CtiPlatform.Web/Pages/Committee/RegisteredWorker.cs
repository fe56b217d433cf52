namespace CtiPlatform.Web.Pages.Committee;

/// <summary>A worker of the municipality's registry (<c>GET /api/referrals/workers</c>); only an active one can be assigned.</summary>
public sealed record RegisteredWorker(string WorkerId, bool Active);
