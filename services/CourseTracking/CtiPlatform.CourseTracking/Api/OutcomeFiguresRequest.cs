using Microsoft.AspNetCore.Mvc;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>The period of the figures: the courses closed from <c>from</c> to <c>to</c>, both included, as Danish dates.</summary>
// The names are given so the OpenAPI document shows the query parameters as clients send them.
public sealed record OutcomeFiguresRequest([FromQuery(Name = "from")] DateOnly? From, [FromQuery(Name = "to")] DateOnly? To)
{
    /// <summary>The longest period asked for at once (our own bound): the trial ran over three years.</summary>
    public const int MaxYears = 5;
}
