namespace CtiPlatform.Web.Gateway;

/// <summary>The gateway refused the session's token (expired or revoked): the user must log in again.</summary>
public sealed class SessionEndedException() : Exception("The gateway refused the session's access token.");
