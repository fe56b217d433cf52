namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// The worker's own courses (the service shows a worker no other) and which move to their next stage this week, and
/// what is due on them: overdue first, then the rest of this week (decision 816).
/// </summary>
public sealed class CoursesModel(GatewayClient gateway, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public IReadOnlyList<CourseRow> Items { get; private set; } = [];

    public string? NextCursor { get; private set; }

    public DueWeek? Due { get; private set; }

    private DateOnly today;

    public async Task OnGetAsync(CancellationToken ct)
    {
        today = Display.Today(clock);
        var path = Cursor is null ? "/api/courses" : $"/api/courses?cursor={Uri.EscapeDataString(Cursor)}";
        var page = (await gateway.GetAsync<PageOf<CourseRow>>(path, ct)).Value;
        Items = page?.Items ?? [];
        NextCursor = page?.NextCursor;
        Due = (await gateway.GetAsync<DueWeek>("/api/tracking/due", ct)).Value;
    }

    public bool DueThisWeek(CourseRow course) => course.NextTransitionDate is { } next && next <= today.AddDays(7);
}
