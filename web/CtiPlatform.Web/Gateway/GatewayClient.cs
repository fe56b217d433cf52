using System.Net;
using System.Net.Http.Json;

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
        // A document refused by its declared length (413 at the gateway, 422 at the service) is then never sent: without
        // it the refusal would come while the body is still being written, and the connection's reset would hide it.
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = content };
        request.Headers.ExpectContinue = true;
        using var response = await http.SendAsync(request, ct);
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
        var answer = await GetFileOrRefusalAsync(path, ct);
        if (answer.Problem is { } problem)
        {
            // A refusal of a request the page itself made is a failure the error page reports by id only.
            throw new HttpRequestException($"The gateway answered {problem.Status}.", null, (HttpStatusCode)problem.Status);
        }

        return answer.Value;
    }

    /// <summary>
    /// A file asked for with the user's own choices (a period), or the service's refusal of them (400/422) to show next to
    /// the fields. The caller disposes the file.
    /// </summary>
    public async Task<ApiAnswer<HttpResponseMessage>> GetFileOrRefusalAsync(string path, CancellationToken ct)
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
            return new(null, null, NotFound: true);
        }

        if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity)
        {
            using (response)
            {
                return new(null, await ApiProblem.ReadAsync(response, ct), NotFound: false);
            }
        }

        if (!response.IsSuccessStatusCode)
        {
            // A failure the error page reports by id only, as for any other call.
            var status = response.StatusCode;
            response.Dispose();
            throw new HttpRequestException($"The gateway answered {(int)status}.", null, status);
        }

        return new(response, null, NotFound: false);
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
            // 400, 403, 409, 413 and 422 are refusals to show; anything else is a failure the error page reports by id only.
            if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity or HttpStatusCode.Forbidden
                or HttpStatusCode.RequestEntityTooLarge)
            {
                return new ApiAnswer<T>(default, await ApiProblem.ReadAsync(response, ct), NotFound: false);
            }

            response.EnsureSuccessStatusCode();
        }

        return new ApiAnswer<T>(await response.Content.ReadFromJsonAsync<T>(Json, ct), null, NotFound: false);
    }
}
