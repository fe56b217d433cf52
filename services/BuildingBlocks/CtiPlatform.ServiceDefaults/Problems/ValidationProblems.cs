using CtiPlatform.ServiceDefaults.Resources;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.ServiceDefaults.Problems;

/// <summary>
/// Builds validation problems: <c>errors</c> maps each JSON field path to readable messages, and
/// <c>rules</c> maps it to the machine-readable names of the rules that failed.
/// </summary>
public static class ValidationProblems
{
    public static ValidationProblem From(IEnumerable<ValidationFailure> failures)
    {
        var byField = failures.GroupBy(f => JsonPath(f.PropertyName)).ToList();
        var errors = byField.ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());
        var rules = byField.ToDictionary(g => g.Key, g => g.Select(f => RuleName(f.ErrorCode)).Distinct().ToArray());
        return TypedResults.ValidationProblem(errors, extensions: new Dictionary<string, object?> { ["rules"] = rules });
    }

    /// <summary>A single-field problem, for rules checked by the domain rather than a validator.</summary>
    public static ValidationProblem For(string field, string rule, string message) =>
        From([new ValidationFailure(field, message) { ErrorCode = rule }]);

    /// <summary>A problem with a request header, named as it is sent: a header is not a JSON field, so its name is not camel-cased.</summary>
    public static ValidationProblem ForHeader(string header, string rule, string message) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [header] = [message] },
            extensions: new Dictionary<string, object?> { ["rules"] = new Dictionary<string, string[]> { [header] = [rule] } });

    /// <summary>
    /// 422: the input is well-formed but a business rule refuses it. Same shape as a validation problem, so
    /// clients read <c>errors</c> and <c>rules</c> the same way.
    /// </summary>
    public static ProblemHttpResult Unprocessable(string field, string rule, string message) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Detail = message,
            Extensions = { ["rules"] = new Dictionary<string, string[]> { [field] = [rule] } },
        });

    /// <summary>409: the action is not allowed in the resource's current state; <c>rule</c> names the rule.</summary>
    public static ProblemHttpResult Conflict(string rule, string message) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, detail: message, extensions: new Dictionary<string, object?> { ["rule"] = rule });

    /// <summary>
    /// 409 <c>ConcurrentChange</c>: another request changed the same thing between this one's reading and its writing,
    /// so nothing of this one was written; the caller reloads and tries again.
    /// </summary>
    public static ProblemHttpResult ConcurrentChange() => Conflict(nameof(Texts.ConcurrentChange), Texts.ConcurrentChange);

    private static string RuleName(string? errorCode) =>
        string.IsNullOrEmpty(errorCode) ? "Invalid"
        : errorCode.EndsWith("Validator", StringComparison.Ordinal) ? errorCode[..^"Validator".Length]
        : errorCode;

    // FluentValidation names members as C# spells them ("Woman.DateOfBirth"); clients know the JSON names.
    private static string JsonPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
