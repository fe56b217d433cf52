using Microsoft.AspNetCore.Mvc;

namespace CtiPlatform.Referrals.Api;

/// <summary>The committee's meetings from a date (today when absent), <c>count</c> of them (1–52, default 6).</summary>
// The names are given so the OpenAPI document shows the query parameters as clients send them.
public sealed record MeetingsQuery([FromQuery(Name = "from")] DateOnly? From, [FromQuery(Name = "count")] int? Count)
{
    public const int DefaultCount = 6;

    public const int MaxCount = 52;
}
