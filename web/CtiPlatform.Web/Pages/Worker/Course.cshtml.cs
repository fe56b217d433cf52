namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// One course: the timeline of contact period, phases and closure with planned and actual dates, and the move-in.
/// Another worker's course is "not found" here as in the service, so the page never tells that it exists.
/// </summary>
public sealed class CourseModel(GatewayClient gateway, TimeProvider clock) : PageModel
{
    private static readonly (string Path, FieldKind Kind)[] MoveInFields = [("moveInDate", FieldKind.Date)];

    public CourseDetails? Course { get; private set; }

    public FormState Form { get; private set; } = FormState.Empty;

    [BindProperty(SupportsGet = true)]
    public bool MovedIn { get; set; }

    public bool CanRegisterMoveIn => Course is { MoveInDate: null, Stage: "AwaitingStart" or "ContactPeriod" };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMoveInAsync(Guid id, CancellationToken ct)
    {
        Form = FormState.From(Request.Form);
        var answer = await gateway.PostAsync<JsonElement>($"/api/courses/{id}/move-in", FormJson.Build(Form, MoveInFields), ct);
        return await this.AfterAsync(
            answer,
            problem => Form = Form.WithProblem(problem),
            () => LoadAsync(id, ct),
            () => RedirectToPage(new { id, movedIn = true }));
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

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Course = (await gateway.GetAsync<CourseDetails>($"/api/courses/{id}", ct)).Value;
        return Course is not null;
    }
}
