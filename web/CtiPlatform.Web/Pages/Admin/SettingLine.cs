namespace CtiPlatform.Web.Pages.Admin;

/// <summary>One setting in force for the municipality (<c>TenantSettingView</c>): its configuration key, label and value.</summary>
public sealed record SettingLine(string Key, string Label, JsonElement Value);
