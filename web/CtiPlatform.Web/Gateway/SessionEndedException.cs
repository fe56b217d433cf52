namespace CtiPlatform.Web.Gateway;

/// <summary>The gateway refused the session's token (expired or revoked), or the identity provider would not renew it: the user must log in again.</summary>
public sealed class SessionEndedException() : Exception("The session's access token was refused or could not be renewed.");
