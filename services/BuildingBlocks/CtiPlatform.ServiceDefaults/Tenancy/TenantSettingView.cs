using System.Text.Json.Nodes;

namespace CtiPlatform.ServiceDefaults.Tenancy;

/// <summary>
/// One setting in force for the caller's municipality: its configuration key, its label in the request's language, and
/// its value as configured (numbers, text, yes/no, lists; durations and times of day as invariant text).
/// </summary>
public sealed record TenantSettingView(string Key, string Label, JsonNode? Value);
