using System.Globalization;
using System.Threading.RateLimiting;
using CtiPlatform.Gateway.Configuration;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Gateway.Edge;

/// <summary>
/// Per-caller limits as one global limiter, chosen by path rather than endpoint metadata, so the standalone
/// host, whose endpoints are the services' own, applies the same limits on the same public paths. The
/// overall limit counts every routed request; a route's policy counts on top (e.g. referral submissions).
/// </summary>
internal static class GatewayRateLimiting
{
    public static void Configure(RateLimiterOptions limiter, GatewayRouteTable routes, GatewayOptions options)
    {
        var overall = options.OverallRateLimit;
        var overallLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            routes.Match(context.Request.Path) is null
                ? RateLimitPartition.GetNoLimiter("")
                : RateLimitPartition.GetFixedWindowLimiter(CallerPartition.For(context), _ => Window(overall)));

        var policyLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (routes.Match(context.Request.Path)?.RateLimitPolicy is { } name
                && options.RateLimits[name] is var policy
                && (policy.Methods.Count == 0 || policy.Methods.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase)))
            {
                return RateLimitPartition.GetFixedWindowLimiter($"{name}|{CallerPartition.For(context)}", _ => Window(policy));
            }

            return RateLimitPartition.GetNoLimiter("");
        });

        limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(overallLimiter, policyLimiter);
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = RejectAsync;
    }

    private static FixedWindowRateLimiterOptions Window(RateLimitPolicyOptions policy) => new()
    {
        PermitLimit = policy.PermitLimit,
        Window = policy.Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;

        // Fixed windows always know when they reopen; a caller that honours Retry-After never hits the wall twice.
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status429TooManyRequests },
        });
    }

    public static void AddTo(IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>()
            .Configure<GatewayRouteTable, IOptions<GatewayOptions>>((limiter, routes, options) => Configure(limiter, routes, options.Value));
    }
}
