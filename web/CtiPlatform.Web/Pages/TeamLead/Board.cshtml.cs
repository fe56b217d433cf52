using System.Text;
using CtiPlatform.Web.Pages.Committee;

namespace CtiPlatform.Web.Pages.TeamLead;

/// <summary>
/// The team lead's start page: the board of every open course (stage, next transition, what is overdue, fidelity flags),
/// the caseload per worker, and the registration report and the evaluator export as downloads (decision 809).
/// </summary>
public sealed class BoardModel(GatewayClient gateway) : PageModel
{
    // The service's largest page: a municipality's report is a handful of pages, each fetched and passed on in turn.
    private const int ReportPageSize = 200;

    private static readonly TimeZoneInfo Denmark = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    [BindProperty(SupportsGet = true)]
    public bool Reassigned { get; set; }

    public IReadOnlyList<BoardCourse> Courses { get; private set; } = [];

    public IReadOnlyList<WorkerCaseload> Caseload { get; private set; } = [];

    /// <summary>The evaluator export's period as asked for and the service's refusal of it, shown next to its fields.</summary>
    public FormState Export { get; private set; } = FormState.Empty;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Courses = ((await gateway.GetAsync<List<BoardCourse>>("/api/tracking/board", ct)).Value ?? [])
            .OrderBy(c => c.NextTransitionOn ?? DateOnly.MaxValue).ThenBy(c => c.Id).ToList();
        Caseload = ((await gateway.GetAsync<List<WorkerCaseload>>("/api/referrals/caseload", ct)).Value ?? [])
            .OrderByDescending(w => w.WeightedLoad).ThenBy(w => w.WorkerId, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The registration report of a period as one CSV file: fetched a page at a time with the user's own token (so the
    /// service access-logs every row as hers) and passed on as it comes, the header row once.
    /// </summary>
    public async Task<IActionResult> OnGetReportAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var query = new StringBuilder($"/api/referrals/report?format=csv&limit={ReportPageSize}");
        if (from is { } start)
        {
            query.Append(CultureInfo.InvariantCulture, $"&from={DanishMidnight(start)}");
        }

        if (to is { } end)
        {
            // The service's "to" is exclusive; the form's last day is included.
            query.Append(CultureInfo.InvariantCulture, $"&to={DanishMidnight(end.AddDays(1))}");
        }

        using var first = await gateway.GetFileAsync(query.ToString(), ct);
        if (first is null)
        {
            return NotFound();
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = "attachment; filename=\"registreringsrapport.csv\"";
        await first.Content.CopyToAsync(Response.Body, ct);
        var cursor = NextCursor(first);
        while (cursor is not null)
        {
            using var next = await gateway.GetFileAsync($"{query}&cursor={Uri.EscapeDataString(cursor)}", ct)
                ?? throw new InvalidOperationException("A report page went missing between two pages.");
            var text = await next.Content.ReadAsStringAsync(ct);
            var body = text.IndexOf('\n', StringComparison.Ordinal) is var headerEnd and >= 0 ? text[(headerEnd + 1)..] : "";
            await Response.WriteAsync(body, Encoding.UTF8, ct);
            cursor = NextCursor(next);
        }

        return new EmptyResult();
    }

    /// <summary>
    /// The evaluator export of a period (outcomes and fidelity of the courses closed in it, under pseudonyms) as course
    /// tracking answers it, CSV or JSON; a period it refuses comes back to the board with the refusal next to the field.
    /// </summary>
    public async Task<IActionResult> OnGetExportAsync(string? from, string? to, string? format, CancellationToken ct)
    {
        var extension = format == "json" ? "json" : "csv";
        // An empty date is left out rather than sent empty: the service then names the missing field, where an empty
        // value fails its binding with a refusal that names none.
        var period = new[] { ("from", from), ("to", to) }.Where(p => !string.IsNullOrWhiteSpace(p.Item2))
            .Select(p => $"&{p.Item1}={Uri.EscapeDataString(p.Item2!)}");
        var answer = await gateway.GetFileOrRefusalAsync($"/api/tracking/evaluator-export?format={extension}{string.Concat(period)}", ct);
        if (answer.Problem is { } refusal)
        {
            Export = new FormState(new Dictionary<string, string> { ["from"] = from ?? "", ["to"] = to ?? "" }, new Dictionary<string, string[]>(), null)
                .WithProblem(refusal);
            await OnGetAsync(ct);
            return Page();
        }

        if (answer.Value is not { } file)
        {
            return NotFound();
        }

        using (file)
        {
            Response.ContentType = file.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";
            Response.Headers.ContentDisposition = $"attachment; filename=\"evalueringsudtraek.{extension}\"";
            await file.Content.CopyToAsync(Response.Body, ct);
        }

        return new EmptyResult();
    }

    // The report counts referrals by the moment they were submitted; a day is a Danish day, whatever the host's zone.
    private static string DanishMidnight(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        var offset = Denmark.GetUtcOffset(midnight);
        return Uri.EscapeDataString(new DateTimeOffset(midnight, offset).ToString("O", CultureInfo.InvariantCulture));
    }

    private static string? NextCursor(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Next-Cursor", out var values) ? values.FirstOrDefault() : null;
}
