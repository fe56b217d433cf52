using CtiPlatform.ServiceDefaults.Resources;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace CtiPlatform.ServiceDefaults.Problems;

/// <summary>
/// Turns a body that cannot be bound (malformed JSON, wrong types, too large) into a 400/413 problem that
/// says so, instead of the generic 500 an unhandled exception would give.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = badRequest.StatusCode,
                Detail = badRequest.StatusCode == StatusCodes.Status400BadRequest ? Texts.MalformedBody : null,
            },
        });
    }
}
