using System.Resources;
using CtiPlatform.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.ServiceDefaults.Problems;

/// <summary>Maps a use case's <see cref="Outcome{T}"/> to the same answers in every service: 200, 404, or the refusal's 409/422.</summary>
public static class OutcomeResults
{
    /// <summary>200 with <paramref name="view"/> of the result, 404 when not found, the refusal's problem otherwise.</summary>
    public static Results<Ok<TView>, NotFound, ProblemHttpResult> ToOk<T, TView>(this Outcome<T> outcome, Func<T, TView> view, ResourceManager texts)
        where T : class =>
        outcome.Value is { } value ? TypedResults.Ok(view(value)) : NotDone<TView>(outcome.Refusal, texts);

    /// <summary>As <see cref="ToOk{T, TView}"/>, for a view that must be read from the database.</summary>
    public static async Task<Results<Ok<TView>, NotFound, ProblemHttpResult>> ToOkAsync<T, TView>(
        this Outcome<T> outcome, Func<T, Task<TView>> view, ResourceManager texts)
        where T : class =>
        outcome.Value is { } value ? TypedResults.Ok(await view(value)) : NotDone<TView>(outcome.Refusal, texts);

    /// <summary>201 at <paramref name="location"/> with <paramref name="view"/> of the result, 404 when not found, the refusal's problem otherwise.</summary>
    public static Results<Created<TView>, NotFound, ProblemHttpResult> ToCreated<T, TView>(
        this Outcome<T> outcome, Func<T, string> location, Func<T, TView> view, ResourceManager texts)
        where T : class =>
        outcome.Value is { } value
            ? TypedResults.Created(location(value), view(value))
            : outcome.Refusal is { } refusal ? refusal.ToProblem(texts) : TypedResults.NotFound();

    private static Results<Ok<TView>, NotFound, ProblemHttpResult> NotDone<TView>(Refusal? refusal, ResourceManager texts) =>
        refusal is null ? TypedResults.NotFound() : refusal.ToProblem(texts);
}
