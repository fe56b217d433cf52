using Microsoft.AspNetCore.Authorization;

namespace CtiPlatform.ServiceDefaults.Security;

/// <summary>The caller's tenant claim names a municipality this installation serves.</summary>
internal sealed class KnownTenantRequirement : IAuthorizationRequirement;
