using Microsoft.AspNetCore.Mvc;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>The period of the figures: the courses closed from <c>from</c> to <c>to</c>, both included, as Danish dates.</summary>
// The names are given so the OpenAPI document shows the query parameters as clients send them.
public sealed record OutcomeFiguresRequest([FromQuery(Name = "from")] DateOnly? From, [FromQuery(Name = "to")] DateOnly? To)
{
    /// <summary>The longest period asked for at once (our own bound): the trial ran over three years.</summary>
    public const int MaxYears = 5;

    /// <summary>Whether <paramref name="end"/> is at most <see cref="MaxYears"/> after <paramref name="from"/>.</summary>
    // A start in the calendar's last years cannot be moved on by them (DateOnly ends in 9999); any end is within them then.
    internal static bool WithinMaxYears(DateOnly from, DateOnly end) => from.Year > DateOnly.MaxValue.Year - MaxYears || end <= from.AddYears(MaxYears);
}
