using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.ServiceDefaults.Security;

/// <summary>
/// Refuses to start a host in which any endpoint lacks an explicit authorization decision (a policy or
/// <c>AllowAnonymous</c>): a forgotten policy is a start-up error, never a silent hole.
/// </summary>
internal sealed class EndpointPolicyVerifier : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        // The host registers its endpoint data sources while building the pipeline, so look after it has.
        next(app);
        var endpoints = app.ApplicationServices.GetRequiredService<EndpointDataSource>().Endpoints;
        var unprotected = endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => $"{string.Join(',', e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])} {e.RoutePattern.RawText}")
            .ToList();
        if (unprotected.Count > 0)
        {
            throw new InvalidOperationException(
                "Every endpoint needs an authorization policy or AllowAnonymous. Missing on: " + string.Join("; ", unprotected));
        }
    };
}
