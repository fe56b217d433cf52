using System.Text.Json;
using System.Text.RegularExpressions;
using CtiPlatform.ServiceDefaults.Resources;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace CtiPlatform.ServiceDefaults.Problems;

/// <summary>
/// Turns a request that cannot be bound (malformed JSON, wrong types, a query or route value that cannot be read, too
/// large) into a 400/413 problem that says so, instead of the generic 500 an unhandled exception would give. Where the
/// binding names what it could not read, the problem names it as a field: <c>errors</c> and <c>rules</c> as a
/// validation problem has them (<c>Unreadable</c> or <c>Required</c>), so a client shows it next to its input.
/// </summary>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        var unreadable = badRequest.StatusCode == StatusCodes.Status400BadRequest ? Unreadable(badRequest) : null;
        var problem = unreadable is { } field
            ? new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field.Name] = [field.Message] })
            {
                Extensions = { ["rules"] = new Dictionary<string, string[]> { [field.Name] = [field.Rule] } },
            }
            : new Microsoft.AspNetCore.Mvc.ProblemDetails();
        problem.Status = badRequest.StatusCode;
        problem.Detail = badRequest.StatusCode != StatusCodes.Status400BadRequest ? null
            : unreadable is { FromBody: false } ? unreadable.Value.Message
            : Texts.MalformedBody;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, Exception = exception, ProblemDetails = problem });
    }

    // ASP.NET Core names the parameter in its message ("Failed to bind parameter \"DateOnly from\" from \"\"."), and a
    // body's JSON error carries the path of the value it could not read ("$.woman.dateOfBirth").
    private static (string Name, string Rule, string Message, bool FromBody)? Unreadable(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException { Path: { Length: > 2 } path } && path.StartsWith("$.", StringComparison.Ordinal))
        {
            return (path[2..], "Unreadable", Texts.UnreadableValue, true);
        }

        var match = Parameter().Match(exception.Message);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        var camel = char.ToLowerInvariant(name[0]) + name[1..];
        return match.Groups["kind"].Value == "Required"
            ? (camel, "Required", Texts.MissingValue, false)
            : (camel, "Unreadable", Texts.UnreadableValue, false);
    }

    [GeneratedRegex("^(?<kind>Failed to bind|Required) parameter \"[^\"]* (?<name>[A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial Regex Parameter();
}
