namespace CtiPlatform.Web.Forms;

/// <summary>
/// What a page does with a service's answer to its form, the same on every page: a record the user may not see is the
/// not-found page; a refusal draws the page again (422) with the errors next to their fields, after reloading what it
/// shows; a success is the page's own next step (post, redirect, get).
/// </summary>
public static class FormAnswer
{
    public static async Task<IActionResult> AfterAsync<T>(
        this PageModel page, ApiAnswer<T> answer, Action<ApiProblem> refused, Func<Task<bool>> reload, Func<IActionResult> succeeded)
    {
        if (answer.NotFound)
        {
            return page.NotFound();
        }

        if (answer.Problem is { } problem)
        {
            refused(problem);
            page.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await reload() ? page.Page() : page.NotFound();
        }

        return succeeded();
    }
}
