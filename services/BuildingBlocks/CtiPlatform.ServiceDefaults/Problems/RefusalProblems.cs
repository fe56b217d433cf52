using System.Resources;
using CtiPlatform.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.ServiceDefaults.Problems;

/// <summary>Answers a domain <see cref="Refusal"/> the same way in every service.</summary>
public static class RefusalProblems
{
    /// <summary>
    /// 422 naming the field and the rule when an input is at fault, 409 naming the rule when the resource's state
    /// forbids the command; the detail is the rule's text in the request's language, read from <paramref name="texts"/>.
    /// </summary>
    public static ProblemHttpResult ToProblem(this Refusal refusal, ResourceManager texts)
    {
        // A rule without a text is a programming error, caught by each service's test that every rule has one.
        var message = texts.GetString(refusal.Rule) ?? throw new InvalidOperationException($"No text for the rule {refusal.Rule}.");
        return refusal.Field is null
            ? ValidationProblems.Conflict(refusal.Rule, message)
            : ValidationProblems.Unprocessable(refusal.Field, refusal.Rule, message);
    }
}
