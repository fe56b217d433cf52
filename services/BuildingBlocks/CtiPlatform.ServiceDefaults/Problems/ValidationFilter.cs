using FluentValidation;
using Microsoft.AspNetCore.Http;

namespace CtiPlatform.ServiceDefaults.Problems;

/// <summary>
/// Validates the <typeparamref name="T"/> argument of an endpoint before its handler runs, answering 400
/// with problem details that name each field (as it is spelled in the JSON) and the rule it broke.
/// </summary>
public sealed class ValidationFilter<T>(IValidator<T> validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var argument = context.Arguments.OfType<T>().FirstOrDefault();
        if (argument is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: Resources.Texts.MalformedBody);
        }

        var result = await validator.ValidateAsync(argument, context.HttpContext.RequestAborted);
        return result.IsValid ? await next(context) : ValidationProblems.From(result.Errors);
    }
}
