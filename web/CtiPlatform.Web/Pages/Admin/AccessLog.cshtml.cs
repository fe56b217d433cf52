namespace CtiPlatform.Web.Pages.Admin;

/// <summary>
/// The tenant admin's start page: the access logs of every service that keeps one, merged newest first and filtered by
/// Danish date (decision 810). Each service answers only its own municipality's lines.
/// </summary>
public sealed class AccessLogModel(GatewayClient gateway, TimeProvider clock) : PageModel
{
    /// <summary>The newest lines shown; each service is asked for as many, so the merge is the newest of them all.</summary>
    public const int Lines = 200;

    private static readonly TimeZoneInfo Denmark = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    // A property, not a field: the names are read in the language of each request.
    private static (string Prefix, string Name)[] Services =>
    [
        ("/api/referrals", AdminTexts.ServiceReferrals),
        ("/api/courses", AdminTexts.ServiceCourses),
        ("/api/tracking", AdminTexts.ServiceTracking),
        ("/api/safety", AdminTexts.ServiceSafety),
        ("/api/notifications", AdminTexts.ServiceNotifications),
    ];

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public IReadOnlyList<AccessLogLine> Items { get; private set; } = [];

    /// <summary>Services that did not answer: the page says so rather than pass off the others' lines as the whole log.</summary>
    public IReadOnlyList<string> Unavailable { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Without dates, the last seven days: what an admin looks at first, and a bounded read of five logs.
        From ??= Display.Today(clock).AddDays(-6);
        var query = $"?limit={Lines}&from={Moment(From.Value)}" + (To is { } to ? $"&to={Moment(to.AddDays(1))}" : "");
        var lines = new List<AccessLogLine>();
        var unavailable = new List<string>();
        foreach (var (prefix, name) in Services)
        {
            try
            {
                var answer = await gateway.GetAsync<List<AccessLogLine>>($"{prefix}/access-log{query}", ct);
                lines.AddRange((answer.Value ?? []).Select(l => l with { Service = name }));
            }
            catch (HttpRequestException)
            {
                unavailable.Add(name);
            }
        }

        Items = lines.OrderByDescending(l => l.OccurredAt).Take(Lines).ToList();
        Unavailable = unavailable;
    }

    public static string ActionLabel(string action) => action == "Change" ? AdminTexts.ActionChange : AdminTexts.ActionRead;

    /// <summary>The purpose in Danish when it is one of the shared vocabulary's; as written otherwise.</summary>
    public static string PurposeLabel(string purpose) =>
        AdminTexts.ResourceManager.GetString("Purpose_" + purpose.Replace('-', '_').Replace(':', '_'), CultureInfo.CurrentUICulture) ?? purpose;

    // A Danish day starts at Danish midnight, whatever the host's zone.
    private static string Moment(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return Uri.EscapeDataString(new DateTimeOffset(midnight, Denmark.GetUtcOffset(midnight)).ToString("O", CultureInfo.InvariantCulture));
    }
}
