using CtiPlatform.ServiceDefaults.Tenancy;

namespace CtiPlatform.SampleService;

/// <summary><c>SamplesOptions:Defaults:{Key}</c> and <c>SamplesOptions:Tenants:{code}:{Key}</c>.</summary>
public sealed class SamplesOptions : TenantSettings<SampleSettings>;
