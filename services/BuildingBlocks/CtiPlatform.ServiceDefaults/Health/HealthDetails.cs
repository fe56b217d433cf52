using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CtiPlatform.ServiceDefaults.Health;

/// <summary>
/// <c>/health/details</c>: every check's status word by name, readiness checks and reported ones alike, for operators
/// and tests that need to know whether the broker is connected. It answers 200 only when every check is healthy.
/// No descriptions and no exception text: those can carry host names or connection details.
/// </summary>
public static class HealthDetails
{
    /// <summary>The endpoint's options: all checks, 503 unless all are healthy, the JSON body below.</summary>
    public static HealthCheckOptions Options { get; } = new()
    {
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
        ResponseWriter = WriteAsync,
    };

    /// <summary>Writes <c>{"status":"Healthy","checks":{"samples-db":"Healthy","messaging":"Unhealthy"}}</c>.</summary>
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            json.WriteString(name, entry.Status.ToString());
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }
}
