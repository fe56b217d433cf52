using System.Text.Json.Nodes;
using CtiPlatform.Gateway.Configuration;

namespace CtiPlatform.Gateway.Documentation;

/// <summary>
/// Fetches a service's OpenAPI document for the gateway's own path. Unlike API traffic it is read whole and
/// rewritten: a service writes its own address into <c>servers</c>, which would leak an internal host name and
/// send "try it" calls past the gateway. Without <c>servers</c>, clients resolve paths against the gateway.
/// </summary>
internal sealed class OpenApiDocumentProxy(HttpMessageInvoker invoker, ILogger<OpenApiDocumentProxy> logger)
{
    private const int MaxDocumentSize = 8 * 1024 * 1024;

    public async Task<IResult> GetAsync(GatewayRoute route, string documentPath, CancellationToken cancellationToken)
    {
        var destination = route.Destinations.Next();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cancellation.CancelAfter(route.Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, destination.BaseAddress + documentPath);
            using var response = await invoker.SendAsync(request, cancellation.Token);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > MaxDocumentSize)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway);
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellation.Token);
            var document = await JsonNode.ParseAsync(body, cancellationToken: cancellation.Token);
            if (document is JsonObject root)
            {
                root.Remove("servers");
            }

            return TypedResults.Text(document?.ToJsonString() ?? "{}", "application/json; charset=utf-8");
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or System.Text.Json.JsonException)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return TypedResults.Empty;
            }

            if (e is not System.Text.Json.JsonException)
            {
                route.Destinations.Eject(destination);
            }

            var status = e is OperationCanceledException ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status502BadGateway;
            DocumentLog.Failed(logger, route.Name, status, e.GetType().Name);
            return TypedResults.Problem(statusCode: status);
        }
    }
}
