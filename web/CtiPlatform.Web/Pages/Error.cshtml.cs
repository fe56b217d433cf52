namespace CtiPlatform.Web.Pages;

/// <summary>
/// The page for 404 and failures. "Not found" also answers what the user may not see (another worker's course),
/// so the page never says whether it exists.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    [FromRoute]
    public int Code { get; set; }

    public void OnGet() => SetStatus();

    public void OnPost() => SetStatus();

    private void SetStatus() => Response.StatusCode = Code is >= 400 and < 600 ? Code : StatusCodes.Status500InternalServerError;
}
