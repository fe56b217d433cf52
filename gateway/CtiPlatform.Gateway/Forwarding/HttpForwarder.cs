using System.Diagnostics;
using System.Net;
using CtiPlatform.Gateway.Configuration;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace CtiPlatform.Gateway.Forwarding;

/// <summary>
/// Sends one request on to a route's destination and streams the answer back. Bodies are never buffered:
/// the client's body is the upstream request's content stream and the upstream's body is copied through
/// with a pooled buffer, so memory stays flat whatever the size (decision 301).
/// </summary>
internal sealed class HttpForwarder(HttpMessageInvoker invoker, ILogger<HttpForwarder> logger)
{
    public async Task ForwardAsync(HttpContext context, GatewayRoute route)
    {
        var started = Stopwatch.GetTimestamp();

        // A proxied 404 or 500 with an empty body is the service's answer; the status page must not add one.
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }

        if (context.Request.ContentLength > route.MaxRequestBodySize)
        {
            await WriteProblemAsync(context, route, StatusCodes.Status413PayloadTooLarge, started);
            return;
        }

        var hasBody = context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? context.Request.ContentLength > 0;
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        cancellation.CancelAfter(route.Timeout);

        // A refused connection sent nothing, so a request without a body can safely try the next destination.
        for (var attempt = 1; ; attempt++)
        {
            var destination = route.Destinations.Next();
            using var request = CreateRequest(context, destination, hasBody);
            HttpResponseMessage response;
            try
            {
                response = await invoker.SendAsync(request, cancellation.Token);
            }
            catch (HttpRequestException e) when (e.HttpRequestError == HttpRequestError.ConnectionError && !hasBody
                && attempt < route.Destinations.Count && !cancellation.IsCancellationRequested)
            {
                route.Destinations.Eject(destination);
                continue;
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException or BadHttpRequestException)
            {
                await HandleSendFailureAsync(context, route, destination, e, started);
                return;
            }

            using (response)
            {
                // The timeout bounds the wait for an answer; a long download after that is governed by the client.
                cancellation.CancelAfter(Timeout.InfiniteTimeSpan);
                await StreamResponseAsync(context, route, response);
            }

            GatewayLog.Forwarded(logger, context.Request.Method, route.Name, context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return;
        }
    }

    private static HttpRequestMessage CreateRequest(HttpContext context, Destination destination, bool hasBody)
    {
        var incoming = context.Request;
        var request = new HttpRequestMessage(HttpMethod.Parse(incoming.Method), destination.BaseAddress + UpstreamTarget.Of(incoming))
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
        };
        if (hasBody)
        {
            request.Content = new StreamContent(incoming.Body);
        }

        HeaderRules.CopyRequestHeaders(context, request);
        return request;
    }

    private async Task StreamResponseAsync(HttpContext context, GatewayRoute route, HttpResponseMessage response)
    {
        context.Response.StatusCode = (int)response.StatusCode;
        HeaderRules.CopyResponseHeaders(response, context.Response);
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(context.RequestAborted);
            await body.CopyToAsync(context.Response.Body, context.RequestAborted);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
        {
            if (!context.RequestAborted.IsCancellationRequested)
            {
                // The status line is already out; only breaking the connection tells the client the body is incomplete.
                GatewayLog.ResponseBrokenOff(logger, route.Name, e.GetType().Name);
                context.Abort();
            }
        }
    }

    private async Task HandleSendFailureAsync(HttpContext context, GatewayRoute route, Destination destination, Exception failure, long started)
    {
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (context.RequestAborted.IsCancellationRequested)
        {
            GatewayLog.ClientAborted(logger, route.Name, elapsed);
            return;
        }

        // A body the client sent wrongly (too large while streaming, cut off) is the client's fault, not the destination's.
        if (Find<BadHttpRequestException>(failure) is { } badRequest)
        {
            await WriteProblemAsync(context, route, badRequest.StatusCode, started);
            return;
        }

        var status = failure is OperationCanceledException ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status502BadGateway;
        route.Destinations.Eject(destination);
        GatewayLog.Failed(logger, route.Name, status, elapsed, Describe(failure), destination.BaseAddress);
        await WriteProblemAsync(context, route, status, started);
    }

    private async Task WriteProblemAsync(HttpContext context, GatewayRoute route, int status, long started)
    {
        if (context.Response.HasStarted)
        {
            context.Abort();
            return;
        }

        context.Response.Clear();
        context.Response.StatusCode = status;

        // The problem says what happened in the caller's terms; which address failed stays in the log.
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = { Status = status } });
        GatewayLog.Forwarded(logger, context.Request.Method, route.Name, status, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private static string Describe(Exception failure) =>
        failure is HttpRequestException { HttpRequestError: var error } ? $"{nameof(HttpRequestException)}({error})" : failure.GetType().Name;

    private static T? Find<T>(Exception? exception)
        where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T match)
            {
                return match;
            }
        }

        return null;
    }
}
