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

    /// <summary>A document forwarded as the raw body the service reads and checks itself (the § 141 action plan's PDF).</summary>
    public async Task<ApiAnswer<T>> PutDocumentAsync<T>(string path, Stream document, string mediaType, CancellationToken ct)
    {
        using var content = new StreamContent(document);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        using var response = await http.PutAsync(path, content, ct);
        return await AnswerAsync<T>(response, ct);
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
