using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CtiPlatform.ServiceDefaults.Problems;

public static class ValidationEndpointExtensions
{
    /// <summary>Validates the endpoint's <typeparamref name="T"/> argument with its registered validator.</summary>
    public static RouteHandlerBuilder Validates<T>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ValidationFilter<T>>().ProducesValidationProblem();
}
