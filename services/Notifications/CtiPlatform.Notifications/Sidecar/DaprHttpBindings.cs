using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Notifications.Sidecar;

/// <summary>
/// The sidecar's bindings API: <c>POST /v1.0/bindings/{name}</c> with <c>{"operation":"create","data":…,"metadata":{…}}</c>.
/// Any answer but 2xx, and any transport error or timeout, is a <see cref="DaprBindingException"/> that says whether the
/// request can have reached the sidecar.
/// </summary>
internal sealed class DaprHttpBindings(HttpClient http, IOptions<DaprOptions> options) : IDaprBindings
{
    public const string ApiTokenHeader = "dapr-api-token";

    public async Task CreateAsync(string binding, string data, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.SidecarAddress, $"v1.0/bindings/{Uri.EscapeDataString(binding)}"))
        {
            Content = JsonContent.Create(new BindingRequest("create", data, metadata)),
        };
        if (settings.ApiToken is { Length: > 0 } token)
        {
            request.Headers.Add(ApiTokenHeader, token);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, timeout.Token);
        }
        catch (HttpRequestException e)
        {
            // Only a refused or failed connect is certain to have written nothing (decision 703).
            throw new DaprBindingException(
                binding, null, e, e.HttpRequestError == HttpRequestError.ConnectionError ? DaprBindingException.Unreachable : DaprBindingException.Broken);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DaprBindingException(binding, null, e, DaprBindingException.Timeout);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new DaprBindingException(binding, response.StatusCode);
            }
        }
    }

    private sealed record BindingRequest(string Operation, string Data, IReadOnlyDictionary<string, string> Metadata);
}
