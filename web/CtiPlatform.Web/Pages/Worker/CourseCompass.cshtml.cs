namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// The change compass: the service's charts as pictures (her view against the worker's per occasion, and each one's
/// development over the occasions; decision 815), the scores as tables (the charts' text alternative), and the
/// measurements due.
/// </summary>
public sealed class CourseCompassModel(GatewayClient gateway) : PageModel
{
    /// <summary>The occasions and respondents the service knows; anything else in the address is a picture that does not exist.</summary>
    private static readonly string[] Occasions = ["Start", "EndOfPhase1", "EndOfPhase2", "EndOfPhase3"];

    private static readonly string[] Respondents = ["Her", "Worker"];

    public Guid CourseId { get; private set; }

    public Compass? Compass { get; private set; }

    /// <summary>The occasions scored, in the course's order, each with its scorings.</summary>
    public IEnumerable<IGrouping<string, CompassAssessment>> ByOccasion => Compass!.Assessments.GroupBy(a => a.Occasion);

    /// <summary>Who has scored, each with her or his scorings over the occasions.</summary>
    public IEnumerable<IGrouping<string, CompassAssessment>> ByRespondent => Compass!.Assessments.GroupBy(a => a.Respondent);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        CourseId = id;
        Compass = (await gateway.GetAsync<Compass>($"/api/tracking/courses/{id}/compass", ct)).Value;
        return Compass is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnGetComparisonAsync(Guid id, string? occasion, CancellationToken ct) =>
        Occasions.Contains(occasion)
            ? SvgPicture.Of(await gateway.GetSvgAsync($"/api/tracking/courses/{id}/compass/comparison.svg?occasion={occasion}", ct))
            : NotFound();

    public async Task<IActionResult> OnGetDevelopmentAsync(Guid id, string? respondent, CancellationToken ct) =>
        Respondents.Contains(respondent)
            ? SvgPicture.Of(await gateway.GetSvgAsync($"/api/tracking/courses/{id}/compass/development.svg?respondent={respondent}", ct))
            : NotFound();
}
