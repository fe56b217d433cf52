namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// A picture a service draws, passed on as an image (decision 815): the page shows it with <c>&lt;img&gt;</c>, where a
/// browser runs no script and fetches nothing an SVG may name, and the app's CSP forbids script on this answer too.
/// </summary>
public static class SvgPicture
{
    public static IActionResult Of(string? svg) =>
        svg is null ? new NotFoundResult() : new ContentResult { Content = svg, ContentType = "image/svg+xml; charset=utf-8", StatusCode = StatusCodes.Status200OK };
}
