using CtiPlatform.ServiceDefaults.Tenancy;

namespace CtiPlatform.SafetyPlanning;

/// <summary><c>SafetyPlanningOptions:Defaults:{Key}</c> and <c>SafetyPlanningOptions:Tenants:{code}:{Key}</c>.</summary>
public sealed class SafetyPlanningOptions : TenantSettings<SafetyPlanningSettings>;
