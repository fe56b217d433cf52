namespace CtiPlatform.Web.Pages.Admin;

/// <summary>One service's settings on the page, under its Danish heading.</summary>
public sealed record SettingsSection(string Id, string Heading, IReadOnlyList<SettingLine> Settings);
