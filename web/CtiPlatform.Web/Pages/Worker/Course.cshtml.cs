namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// One course: the timeline of contact period, phases and closure with planned and actual dates, and the move-in.
/// Another worker's course is "not found" here as in the service, so the page never tells that it exists.
/// </summary>
public sealed class CourseModel(GatewayClient gateway, TimeProvider clock) : CoursePageModel(gateway)
{
    private static readonly (string Path, FieldKind Kind)[] MoveInFields = [("moveInDate", FieldKind.Date)];

    public CourseDetails? Course { get; private set; }

    public FormState Form { get; private set; } = FormState.Empty;

    [BindProperty(SupportsGet = true)]
    public bool MovedIn { get; set; }

    public bool CanRegisterMoveIn => Course is { MoveInDate: null, Stage: "AwaitingStart" or "ContactPeriod" };

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => PageOrNotFoundAsync(ct);

    public async Task<IActionResult> OnPostMoveInAsync(CancellationToken ct)
    {
        Form = FormState.From(Request.Form);
        var answer = await Gateway.PostAsync<JsonElement>($"/api/courses/{CourseId}/move-in", FormJson.Build(Form, MoveInFields), ct);
        return await AnswerAsync(answer, problem => Form = Form.WithProblem(problem), () => RedirectToPage(new { id = CourseId, movedIn = true }), ct);
    }

    /// <summary>Contact period, the three phases and closure, each with planned and actual dates.</summary>
    public IEnumerable<TimelineStep> Timeline()
    {
        var course = Course!;
        yield return new TimelineStep(WebTexts.StageContactPeriod, course.EarliestStartDate, course.ExpectedMoveOutDate,
            course.ContactPeriodStartDate, course.MoveInDate, course.Stage == "ContactPeriod");
        for (var phase = 1; phase <= 3; phase++)
        {
            var dates = course.Phases.FirstOrDefault(p => p.Phase == phase);
            yield return new TimelineStep(string.Format(System.Globalization.CultureInfo.CurrentCulture, WebTexts.StagePhase, phase),
                dates?.StartDate, dates?.PlannedEndDate, dates is not null && dates.StartDate <= Display.Today(clock) ? dates.StartDate : null,
                dates?.EndDate, course.Stage == $"Phase{phase}");
        }

        yield return new TimelineStep(WebTexts.StageClosed, course.PlannedEndDate, null, course.ClosedOn, null, course.Stage == "Closed");
    }

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        Course = (await Gateway.GetAsync<CourseDetails>($"/api/courses/{CourseId}", ct)).Value;
        return Course is not null;
    }
}
