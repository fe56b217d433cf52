namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// A section of one course's pages under <c>/worker/courses/{id}</c> (decision 813): the course the address names, the
/// gateway the section reads and writes it through, and what every section does the same way — the not-found page when
/// the service does not show the course to this user (another worker's course never tells that it exists), and a
/// service's answer to the section's form taken as <see cref="FormAnswer"/> takes it, reloading the section on a refusal.
/// What a section shows and sends stays in its own page.
/// </summary>
public abstract class CoursePageModel(GatewayClient gateway) : PageModel
{
    /// <summary>The course in the address; the routes take only a GUID there (<c>{id:guid}</c>).</summary>
    public Guid CourseId => Guid.Parse((string)RouteData.Values["id"]!, CultureInfo.InvariantCulture);

    protected GatewayClient Gateway { get; } = gateway;

    /// <summary>Reads what the section shows of the course; false when the service answers that it is not found.</summary>
    protected abstract Task<bool> LoadAsync(CancellationToken ct);

    /// <summary>The section as loaded, or the not-found page.</summary>
    protected async Task<IActionResult> PageOrNotFoundAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    /// <summary>The service's answer to the section's form: refused, the section again with the errors; done, <paramref name="succeeded"/>.</summary>
    protected Task<IActionResult> AnswerAsync<T>(ApiAnswer<T> answer, Action<ApiProblem> refused, Func<IActionResult> succeeded, CancellationToken ct) =>
        this.AfterAsync(answer, refused, () => LoadAsync(ct), succeeded);
}
