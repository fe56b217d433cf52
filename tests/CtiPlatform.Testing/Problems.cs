using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace CtiPlatform.Testing;

/// <summary>Assertions on the RFC 9457 problem details every service answers a refusal with.</summary>
public static class Problems
{
    /// <summary>Asserts a problem+json answer with <paramref name="status"/> and returns its body.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Asserts that the problem names <paramref name="field"/> and the <paramref name="rule"/> it broke, and returns its body.</summary>
    public static async Task<JsonElement> AssertFieldRuleAsync(this HttpResponseMessage response, HttpStatusCode status, string field, string rule)
    {
        var problem = await response.AssertProblemAsync(status);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors names {field}: {problem}");
        Assert.Contains(rule, problem.GetProperty("rules").GetProperty(field).EnumerateArray().Select(r => r.GetString()));
        return problem;
    }

    /// <summary>Asserts a 409 naming <paramref name="rule"/>.</summary>
    public static async Task AssertRuleAsync(this HttpResponseMessage response, string rule)
    {
        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(rule, problem.ToString());
    }
}
