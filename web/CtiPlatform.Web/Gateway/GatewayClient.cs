using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CtiPlatform.Web.Gateway;

/// <summary>The services' APIs through the gateway, as the signed-in user (<see cref="BearerTokenHandler"/>).</summary>
public sealed class GatewayClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ApiAnswer<T>> GetAsync<T>(string path, CancellationToken ct)
    {
        using var response = await http.GetAsync(path, ct);
        return await AnswerAsync<T>(response, ct);
    }

    public async Task<ApiAnswer<T>> PostAsync<T>(string path, JsonNode body, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync(path, body, Json, ct);
        return await AnswerAsync<T>(response, ct);
    }

    public async Task<ApiAnswer<T>> PutAsync<T>(string path, JsonNode body, CancellationToken ct)
    {
        using var response = await http.PutAsJsonAsync(path, body, Json, ct);
        return await AnswerAsync<T>(response, ct);
    }

    public async Task<ApiAnswer<T>> DeleteAsync<T>(string path, CancellationToken ct)
    {
        using var response = await http.DeleteAsync(path, ct);
        return await AnswerAsync<T>(response, ct);
    }

    /// <summary>A picture a service draws (an SVG), as its text; null when the service answers 404.</summary>
    public async Task<string?> GetSvgAsync(string path, CancellationToken ct)
    {
        using var response = await GetFileAsync(path, ct);
        return response is null ? null : await response.Content.ReadAsStringAsync(ct);
    }

    /// <summary>
    /// A file the service answers (a CSV report), its headers read and its body left to stream; null when the service
    /// answers 404. The caller disposes the answer.
    /// </summary>
    public async Task<HttpResponseMessage?> GetFileAsync(string path, CancellationToken ct)
    {
        var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, ct);
        if (response.StatusCode is HttpStatusCode.Unauthorized)
        {
            response.Dispose();
            throw new SessionEndedException();
        }

        if (response.StatusCode is HttpStatusCode.NotFound)
        {
            response.Dispose();
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            // A failure the error page reports by id only, as for any other call.
            var status = response.StatusCode;
            response.Dispose();
            throw new HttpRequestException($"The gateway answered {(int)status}.", null, status);
        }

        return response;
    }

    private static async Task<ApiAnswer<T>> AnswerAsync<T>(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.StatusCode is HttpStatusCode.Unauthorized)
        {
            throw new SessionEndedException();
        }

        if (response.StatusCode is HttpStatusCode.NotFound)
        {
            return new ApiAnswer<T>(default, null, NotFound: true);
        }

        if (!response.IsSuccessStatusCode)
        {
            // 400, 409, 422 are refusals to show; anything else is a failure the error page reports by id only.
            if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity or HttpStatusCode.Forbidden)
            {
                return new ApiAnswer<T>(default, await ApiProblem.ReadAsync(response, ct), NotFound: false);
            }

            response.EnsureSuccessStatusCode();
        }

        return new ApiAnswer<T>(await response.Content.ReadFromJsonAsync<T>(Json, ct), null, NotFound: false);
    }
}
