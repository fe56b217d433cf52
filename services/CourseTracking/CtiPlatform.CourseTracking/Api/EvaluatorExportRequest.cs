using Microsoft.AspNetCore.Mvc;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// The period of the evaluator export — the courses closed from <c>from</c> to <c>to</c>, both included, as Danish
/// dates — and its format, <c>csv</c> or <c>json</c> (json when left out).
/// </summary>
// The names are given so the OpenAPI document shows the query parameters as clients send them.
public sealed record EvaluatorExportRequest(
    [FromQuery(Name = "from")] DateOnly? From, [FromQuery(Name = "to")] DateOnly? To, [FromQuery(Name = "format")] string? Format)
{
    public const string Csv = "csv";

    public const string Json = "json";

    /// <summary>Whether the export is asked for as CSV.</summary>
    public bool IsCsv => Format == Csv;
}
