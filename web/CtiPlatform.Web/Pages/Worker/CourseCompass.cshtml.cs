namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// The change compass: the service's charts as pictures (her view against the worker's per occasion, and each one's
/// development over the occasions; decision 815), the scores as tables (the charts' text alternative), and the
/// measurements due.
/// </summary>
public sealed class CourseCompassModel(GatewayClient gateway) : CoursePageModel(gateway)
{
    /// <summary>The occasions and respondents the service knows; anything else in the address is a picture that does not exist.</summary>
    private static readonly string[] Occasions = ["Start", "EndOfPhase1", "EndOfPhase2", "EndOfPhase3"];

    private static readonly string[] Respondents = ["Her", "Worker"];

    public Compass? Compass { get; private set; }

    /// <summary>The occasions scored, in the course's order, each with its scorings.</summary>
    public IEnumerable<IGrouping<string, CompassAssessment>> ByOccasion => Compass!.Assessments.GroupBy(a => a.Occasion);

    /// <summary>Who has scored, each with her or his scorings over the occasions.</summary>
    public IEnumerable<IGrouping<string, CompassAssessment>> ByRespondent => Compass!.Assessments.GroupBy(a => a.Respondent);

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => PageOrNotFoundAsync(ct);

    public async Task<IActionResult> OnGetComparisonAsync(string? occasion, CancellationToken ct) =>
        Occasions.Contains(occasion)
            ? SvgPicture.Of(await Gateway.GetSvgAsync($"/api/tracking/courses/{CourseId}/compass/comparison.svg?occasion={occasion}", ct))
            : NotFound();

    public async Task<IActionResult> OnGetDevelopmentAsync(string? respondent, CancellationToken ct) =>
        Respondents.Contains(respondent)
            ? SvgPicture.Of(await Gateway.GetSvgAsync($"/api/tracking/courses/{CourseId}/compass/development.svg?respondent={respondent}", ct))
            : NotFound();

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        Compass = (await Gateway.GetAsync<Compass>($"/api/tracking/courses/{CourseId}/compass", ct)).Value;
        return Compass is not null;
    }
}
