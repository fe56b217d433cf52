namespace CtiPlatform.Web.Pages.Admin;

/// <summary>
/// The municipality's settings in force, one section per service, read from each service's <c>/settings</c> (decisions
/// 034, 820). Read-only: operations set them in configuration (decision 405).
/// </summary>
public sealed class SettingsModel(GatewayClient gateway) : PageModel
{
    // A property, not a field: the headings are read in the language of each request.
    private static (string Id, string Prefix, string Heading)[] Services =>
    [
        ("referrals", "/api/referrals", AdminTexts.SettingsSectionReferrals),
        ("courses", "/api/courses", AdminTexts.SettingsSectionCourses),
        ("tracking", "/api/tracking", AdminTexts.SettingsSectionTracking),
        ("safety", "/api/safety", AdminTexts.SettingsSectionSafety),
        ("notifications", "/api/notifications", AdminTexts.SettingsSectionNotifications),
    ];

    public IReadOnlyList<SettingsSection> Sections { get; private set; } = [];

    /// <summary>Services that did not answer, named on the page instead of taking it down.</summary>
    public IReadOnlyList<string> Unavailable { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var sections = new List<SettingsSection>();
        var unavailable = new List<string>();
        foreach (var (id, prefix, heading) in Services)
        {
            try
            {
                var answer = await gateway.GetAsync<List<SettingLine>>($"{prefix}/settings", ct);
                sections.Add(new SettingsSection(id, heading, answer.Value ?? []));
            }
            catch (HttpRequestException)
            {
                unavailable.Add(heading);
            }
        }

        Sections = sections;
        Unavailable = unavailable;
    }
}
